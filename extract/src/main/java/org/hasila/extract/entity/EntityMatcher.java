package org.hasila.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.WordMemo;

/**
 * Finds gazetteer entities in folded text: names of several words, with Arabic proclitics on the
 * first word, the article on any word, quotes and space runs between words, and one typo in a long
 * word. Candidates come from an index on the first word, so the cost grows with the text, not with
 * the gazetteer.
 */
public final class EntityMatcher {

    /** A way to read a text word that can start a name, with an alias it can start and the cost of its first word. */
    private record Start(Reading reading, Alias alias, int firstCost) {
    }

    private static final String NAME_HEADS = "/org/hasila/extract/entity/name-heads.txt";
    private static final String COMMON_WORDS = "/org/hasila/extract/entity/common-words.txt";
    private static final String COMPOUND_TAILS = "/org/hasila/extract/entity/compound-tails.txt";
    private static final Set<String> PLACES = Set.of("place", "facility");

    /** Each word's name starts, kept for the words seen. */
    private final WordMemo<List<Start>> starts = new WordMemo<>(200_000, this::computeStarts);
    private final Gazetteer gazetteer;
    private final Readings readings;
    private final AliasIndex index;
    private final AliasMatcher matcher;
    /** Words that begin compound place names (أبو، عين، تل، Abu ...), folded, without the article. */
    private final Set<String> nameHeads;
    private final UnknownPlaces unknownPlaces;
    /**
     * Common words one letter or a proclitic from a name (الجهادية and the village الجوادية, فاطمة and أطمة): a word of
     * the language as written, never a name misspelled or glued to a proclitic (common-words.txt), folded, without the
     * article.
     */
    private final Set<String> commonWords;
    /** Words after a place and a hyphen that make it describe something else ("Iran-backed"): compound-tails.txt. */
    private final Set<String> compoundTails;

    public EntityMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.readings = Readings.fromClasspath();
        this.nameHeads = cores(NAME_HEADS);
        this.commonWords = cores(COMMON_WORDS);
        this.compoundTails = Set.copyOf(Readings.foldedLines(COMPOUND_TAILS));
        this.unknownPlaces = new UnknownPlaces(readings, nameHeads);
        this.index = new AliasIndex(gazetteer, readings, nameHeads);
        this.matcher = new AliasMatcher(readings, index::isName);
    }

    /** The words of a resource, folded, without their article and proclitics. */
    private Set<String> cores(String resource) {
        return Readings.foldedLines(resource).stream().map(w -> readings.inner(w).core())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Every entity named in folded {@code text.text()}, in order, longest match first at a position, and the places
     * the gazetteer does not know that a noun of settlement names ({@link UnknownPlaces}).
     */
    public List<EntityMatch> find(NormalizedText text) {
        return unknownPlaces.addTo(text, 0, text.text().length(), find(text, 0, text.text().length()));
    }

    /** The entities named inside folded [from, to), left to right, never overlapping. */
    public List<EntityMatch> find(NormalizedText text, int from, int to) {
        String folded = text.text();
        List<TextToken> words = TextTokens.of(folded, from, to);
        List<EntityMatch> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Candidate best = null;
            for (Start start : starts(words.get(i).in(folded))) {
                Candidate c = matcher.match(start.alias(), start.reading(), start.firstCost(), words, i, text);
                if (c != null && c.betterThan(best)) {
                    best = c;
                }
            }
            if (best == null || isTailOfAnotherName(best, words, i, folded)) {
                i++;
            } else if (describesACompound(best, words, i, folded)) {
                i += best.words(); // "the Iran-backed group": no place of the story
            } else {
                found.add(new EntityMatch(best.start(), best.end(), best.alias().entity()));
                i += best.words();
            }
        }
        return found;
    }

    /**
     * A place named by one word right after a word that begins compound names ("ناحية أبي صيدا", "Abu Saida"): the
     * tail of a place the gazetteer does not know, not the place it spells.
     */
    private boolean isTailOfAnotherName(Candidate best, List<TextToken> words, int i, String folded) {
        if (i == 0 || best.words() != 1 || !PLACES.contains(best.alias().entity().type())) {
            return false;
        }
        TextToken before = words.get(i - 1);
        // "وأبي صيدا"، "بناحية": the head may carry a proclitic
        return folded.substring(before.end(), words.get(i).start()).isBlank()
                && readings.leading(before.in(folded)).stream().anyMatch(r -> nameHeads.contains(r.core()));
    }

    /**
     * A place right before a hyphen and a word of compound-tails.txt ("the Iran-backed group", "the Islamabad-based
     * institute", "Saudi-led forces") describes who is backed, based or led, and names no place of the story.
     */
    private boolean describesACompound(Candidate best, List<TextToken> words, int i, String folded) {
        int next = i + best.words();
        return next < words.size() && PLACES.contains(best.alias().entity().type())
                && folded.substring(best.end(), words.get(next).start()).equals("-")
                && compoundTails.contains(words.get(next).in(folded));
    }

    /**
     * The readings of a word and the aliases each may start, exactly or with a typo, with the first word's cost: the
     * index's candidates whose first word the reading does not match are dropped here, once per word, rather than
     * at each occurrence. Most words start none.
     */
    private List<Start> starts(String word) {
        return starts.get(word);
    }

    private List<Start> computeStarts(String word) {
        List<Start> found = new ArrayList<>(1);
        // a common word as written is read neither with a typo nor with a proclitic taken off ("فاطمة" is no ف + أطمة)
        boolean common = commonWords.contains(readings.inner(word).core());
        for (Reading reading : readings.leading(word)) {
            for (Alias alias : index.candidates(reading)) {
                int cost = matcher.firstCost(alias, reading);
                if (AliasMatcher.matches(cost) && !(common && (cost > 0 || reading.skip() > 0))) {
                    found.add(new Start(reading, alias, cost));
                }
            }
        }
        return List.copyOf(found);
    }
}
