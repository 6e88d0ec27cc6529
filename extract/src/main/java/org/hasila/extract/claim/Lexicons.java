package org.hasila.extract.claim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.text.TextNormalizer;

/** Every word list the claim grammar reads, loaded once from this package's resources. */
record Lexicons(PhraseLexicon<KindCue> kinds,
                PhraseLexicon<Group> groups,
                PhraseLexicon<Boolean> nonPerson,
                PhraseLexicon<Boolean> partitives,
                PhraseLexicon<Boolean> labelNouns,
                PhraseLexicon<Boolean> negations,
                PhraseLexicon<Boolean> custody,
                PhraseLexicon<Boolean> custodyPlaces,
                PhraseLexicon<Boolean> clauseBreaks,
                PhraseLexicon<Boolean> connectors,
                PhraseLexicon<Boolean> subsetMarkers,
                PhraseLexicon<Boolean> among,
                PhraseLexicon<Boolean> ownPeople,
                PhraseLexicon<Boolean> speakerAgents,
                PhraseLexicon<Boolean> frontedOpeners,
                PhraseLexicon<Boolean> widerScope,
                PhraseLexicon<Boolean> startCues,
                PhraseLexicon<Boolean> updateCues,
                PhraseLexicon<String> groupStops,
                PhraseLexicon<Boolean> circumstances,
                PhraseLexicon<Boolean> yearLeads,
                PhraseLexicon<Boolean> resultOpeners,
                PhraseLexicon<Boolean> others,
                PhraseLexicon<Boolean> earlierIncident,
                PhraseLexicon<Boolean> recallOpeners,
                PhraseLexicon<Boolean> placeDirections,
                PhraseLexicon<Boolean> placeDestinations,
                PhraseLexicon<Boolean> placePersons,
                PhraseLexicon<Boolean> placeSpeakers,
                PhraseLexicon<Boolean> placeSeats,
                PhraseLexicon<Boolean> placeOffices,
                PhraseLexicon<Boolean> placeNouns,
                PhraseLexicon<String> progressions,
                PhraseLexicon<Boolean> ageLeads,
                PhraseLexicon<Boolean> appositionOpeners,
                PhraseLexicon<Boolean> backReferences,
                PhraseLexicon<Boolean> placeHospitals,
                PhraseLexicon<Boolean> placeReferences,
                PhraseLexicon<Boolean> pastStatements,
                PhraseLexicon<Boolean> earlierCounts,
                PhraseLexicon<Boolean> placePrepositions,
                PhraseLexicon<Boolean> tallyNouns,
                PhraseLexicon<Boolean> relativePronouns,
                PhraseLexicon<Boolean> placeTreatments,
                PhraseLexicon<Boolean> placeGatherings,
                PhraseLexicon<Boolean> corrections,
                PhraseLexicon<Boolean> additions,
                PhraseLexicon<Boolean> goingOnOpeners,
                PhraseLexicon<Boolean> ageFollowers,
                PhraseLexicon<Boolean> outOf,
                PhraseLexicon<Boolean> periodOpeners,
                PhraseLexicon<Boolean> periodClosers,
                PhraseLexicon<Boolean> rangeOpeners,
                PhraseLexicon<Boolean> operationStarts,
                PhraseLexicon<Boolean> longPeriods,
                PhraseLexicon<Boolean> settingOpeners,
                PhraseLexicon<Boolean> auxiliaries,
                PhraseLexicon<Boolean> restatements,
                PhraseLexicon<Boolean> nameNouns,
                PhraseLexicon<Boolean> unitNouns,
                Set<String> armedGroupNouns,
                Set<String> stateForceNouns,
                PhraseLexicon<Boolean> lossVerbs,
                PhraseLexicon<Boolean> partPlaces,
                PhraseLexicon<Boolean> amountLeads,
                PhraseLexicon<Boolean> holders,
                PhraseLexicon<Boolean> whenOpeners,
                PhraseLexicon<Boolean> leavingWords,
                PhraseLexicon<Boolean> pastResults,
                PhraseLexicon<Boolean> allOfThem,
                PhraseLexicon<Boolean> nowWords,
                PhraseLexicon<Boolean> theirNumber,
                PhraseLexicon<Boolean> superlatives,
                PhraseLexicon<Boolean> speakingVerbs,
                PhraseLexicon<Boolean> elsewhereOpeners,
                PhraseLexicon<Boolean> gatherings,
                PhraseLexicon<Boolean> complementizers,
                Map<String, Group> entityGroups,
                Map<Kind, Map<Group, Kind>> kindOfGroup) {

    private static final String DIR = "/org/hasila/extract/claim/";
    private static final TextNormalizer FOLD = TextNormalizer.forMatching();
    /** The word by which a spokesman names the body he speaks for ("المتحدث باسم الجيش"). */
    private static final String SPOKESMAN_FOR = "باسم ";

    /** Words of a verb before its cue, after the word that opens its relative clause ("الذين أعيد توقيفهم"). */
    static final int WHOM_VERB_WORDS = 2;

    /**
     * The word that opens the relative clause whose verb's cue is at {@code cue} ("عدد النزلاء الذين أعيد توقيفهم"): a
     * relative pronoun (relative-pronouns.txt) or the "من" of whoever ("عدد من أعيد القبض عليهم"), at most {@value
     * #WHOM_VERB_WORDS} words before the cue and after the sentence's first word; -1 when none.
     */
    int whoBefore(List<Word> words, int cue) {
        for (int who = cue - 1; who >= Math.max(1, cue - 1 - WHOM_VERB_WORDS); who--) {
            if (words.get(who).text().equals(WHOEVER) || relativePronouns().startsAt(words, who)) {
                return who;
            }
        }
        return -1;
    }

    /** The Arabic "whoever" of a clause that names those it counts ("عدد من قتلوا"). */
    static final String WHOEVER = "من";

    /**
     * Whether a source's words name an armed group by a common noun: again, alone ("وزعمت الجماعة"، "the group said"),
     * or heading a name the gazetteer does not know ("جماعة اتحاد المجاهدين", an entry "جماعة *").
     */
    boolean armedGroupNoun(String sourceText) {
        return names(armedGroupNouns, sourceText);
    }

    /**
     * Whether a source's words name a state's forces by a common noun the gazetteer does not hold ("وتأسف هيئة الأركان
     * العامة لسقوط 27 من رفاقنا": the speaker's people are security forces).
     */
    boolean stateForceNoun(String sourceText) {
        return names(stateForceNouns, sourceText);
    }

    /** Whether the source's words are an entry of {@code nouns}, whole or as the noun heading a name ("جماعة *"). */
    private static boolean names(Set<String> nouns, String sourceText) {
        if (sourceText == null) {
            return false;
        }
        String said = FOLD.fold(sourceText).strip();
        said = said.startsWith("و") ? said.substring(1) : said;
        int space = said.indexOf(' ');
        if (nouns.contains(said) || space > 0 && nouns.contains(said.substring(0, space) + " *")) {
            return true;
        }
        // "المتحدث باسم وزارة الدفاع حسن عبد الغني": the body a spokesman speaks for, his name after it
        int body = said.indexOf(SPOKESMAN_FOR);
        String spoken = body < 0 ? null : said.substring(body + SPOKESMAN_FOR.length()).strip();
        return spoken != null && nouns.stream().anyMatch(n -> spoken.equals(n) || spoken.startsWith(n + " "));
    }


    static Lexicons fromClasspath() {
        Map<String, Group> entityGroups = new HashMap<>();
        for (String[] row : Lines.read(DIR + "entity-groups.tsv")) {
            entityGroups.put(row[0], Group.fromCode(row[1]));
        }
        Map<Kind, Map<Group, Kind>> kindOfGroup = new EnumMap<>(Kind.class);
        for (String[] row : Lines.read(DIR + "kind-of-group.tsv")) {
            kindOfGroup.computeIfAbsent(Kind.fromCode(row[0]), k -> new EnumMap<>(Group.class))
                    .put(Group.fromCode(row[1]), Kind.fromCode(row[2]));
        }
        return new Lexicons(
                PhraseLexicon.load(DIR + "kind-cues.tsv", KindCue::parse),
                PhraseLexicon.load(DIR + "groups.tsv", row -> Group.fromCode(row[1])),
                flag("non-person-nouns.txt"),
                flag("partitives.txt"),
                flag("label-nouns.txt"),
                flag("negations.txt"),
                flag("custody.txt"),
                flag("custody-places.txt"),
                flag("clause-breaks.txt"),
                flag("connectors.txt"),
                flag("subset-markers.txt"),
                flag("among.txt"),
                flag("own-people.txt"),
                flag("speaker-agents.txt"),
                flag("fronted-openers.txt"),
                PhraseLexicon.load(DIR + "scope-wider.txt", row -> !marked(row, "scope-wider.txt", "not")),
                flag("start-cues.txt"),
                flag("update-cues.txt"),
                PhraseLexicon.load(DIR + "group-stops.txt", Lexicons::groupStop),
                flag("circumstances.txt"),
                flag("year-leads.txt"),
                flag("result-openers.txt"),
                flag("others.txt"),
                flag("earlier-incident.txt"),
                flag("recall-openers.txt"),
                flag("place-directions.txt"),
                flag("place-destinations.txt"),
                flag("place-persons.txt"),
                flag("place-speakers.txt"),
                flag("place-seats.txt"),
                flag("place-offices.txt"),
                flag("place-nouns.txt"),
                PhraseLexicon.load(DIR + "progressions.tsv", Lexicons::progression),
                flag("age-leads.txt"),
                flag("apposition-openers.txt"),
                flag("back-references.txt"),
                flag("place-hospitals.txt"),
                flag("place-references.txt"),
                flag("past-statements.txt"),
                flag("earlier-counts.txt"),
                flag("place-prepositions.txt"),
                flag("tally-nouns.txt"),
                flag("relative-pronouns.txt"),
                flag("place-treatments.txt"),
                flag("place-gatherings.txt"),
                flag("corrections.txt"),
                flag("additions.txt"),
                flag("going-on-openers.txt"),
                flag("age-followers.txt"),
                flag("out-of.txt"),
                flag("period-openers.txt"),
                flag("period-closers.txt"),
                flag("range-openers.txt"),
                flag("operation-starts.txt"),
                flag("long-periods.txt"),
                flag("setting-openers.txt"),
                flag("auxiliaries.txt"),
                flag("restatements.txt"),
                flag("name-nouns.txt"),
                flag("unit-nouns.txt"),
                words("armed-group-nouns.txt"),
                words("state-force-nouns.txt"),
                flag("loss-verbs.txt"),
                flag("part-places.txt"),
                flag("amount-leads.txt"),
                flag("holders.txt"),
                flag("when-openers.txt"),
                flag("leaving-words.txt"),
                flag("past-results.txt"),
                flag("all-of-them.txt"),
                flag("now-words.txt"),
                flag("their-number.txt"),
                flag("superlatives.txt"),
                flag("speaking-verbs.txt"),
                flag("elsewhere-openers.txt"),
                flag("gatherings.txt"),
                // the words after which what a speaker reports begins, the source finder's
                PhraseLexicon.load("/org/hasila/extract/source/complementizers.txt", row -> Boolean.TRUE),
                Map.copyOf(entityGroups),
                kindOfGroup);
    }

    /** Whether a row carries {@code mark} in its second column; no other mark is allowed. */
    private static boolean marked(String[] row, String file, String mark) {
        if (row.length < 2) {
            return false;
        }
        if (!row[1].strip().equals(mark)) {
            throw new IllegalStateException(file + ": unknown mark " + row[1] + " of " + row[0]);
        }
        return true;
    }

    /** When a word of group-stops.txt ends the counted noun phrase: "always" (no mark), "after-head" or "not". */
    private static String groupStop(String[] row) {
        String when = row.length < 2 ? "always" : row[1].strip();
        if (!List.of("always", "after-head", "not").contains(when)) {
            throw new IllegalStateException("group-stops.txt: unknown mark " + when + " of " + row[0]);
        }
        return when;
    }

    /** Whether a word of progressions.tsv opens ("from") or joins ("to") the two numbers, or goes on to a next ("then"). */
    private static String progression(String[] row) {
        String role = row.length < 2 ? "" : row[1].strip();
        if (!List.of("from", "to", "then").contains(role)) {
            throw new IllegalStateException("progressions.tsv: unknown mark " + role + " of " + row[0]);
        }
        return role;
    }

    /** The lines of a file, each folded as text is for matching. */
    private static Set<String> words(String file) {
        return Lines.read(DIR + file).stream().map(row -> FOLD.fold(row[0]).strip()).collect(Collectors.toUnmodifiableSet());
    }

    private static PhraseLexicon<Boolean> flag(String file) {
        return PhraseLexicon.load(DIR + file, row -> Boolean.TRUE);
    }
}
