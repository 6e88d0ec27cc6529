package org.hasila.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.IsoDates;
import org.hasila.core.entity.PlaceTree;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.PunctuationFold;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.EntityMatch;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.extract.number.QuantityFinder;
import org.hasila.extract.source.Recall;
import org.hasila.extract.source.SourceFinder;
import org.hasila.extract.time.DateResolver;

/** The claim grammar: finds every figure of a document that counts people, sentence by sentence. */
public final class ClaimFinder {

    /** The marks that open an item of a list: a dash or a bullet. */

    private final QuantityFinder quantities;
    private final DateResolver dateResolver;
    private final SourceFinder sources;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Lexicons lexicons;
    private final CountedNounFilter filter;
    private final KindResolver kinds;
    private static final TextNormalizer FOLD = TextNormalizer.forMatching();
    private final BreakdownLinker linker;
    private final GroupResolver groups;
    private final Populations populations;
    private final Restatements restatements;
    private final ScopeDetector scopes;
    private final AsOfResolver asOf;
    private final SpeakerGroups speakers;
    /** The gazetteer's places inside one another: a country stands in none and is no figure's first choice. */
    private final PlaceTree placeTree;

    public ClaimFinder(QuantityFinder quantities, DateResolver dateResolver, SourceFinder sources) {
        this(quantities, dateResolver, sources, Map.of());
    }

    /** @param placeParents each place mapped to the place it lies in (the gazetteer's) */
    public ClaimFinder(QuantityFinder quantities, DateResolver dateResolver, SourceFinder sources,
                       Map<String, String> placeParents) {
        this.placeTree = new PlaceTree(placeParents);
        this.quantities = quantities;
        this.dateResolver = dateResolver;
        this.sources = sources;
        this.lexicons = Lexicons.fromClasspath();
        this.filter = new CountedNounFilter(lexicons);
        this.kinds = new KindResolver(lexicons);
        this.linker = new BreakdownLinker(lexicons);
        this.groups = new GroupResolver(lexicons);
        this.populations = new Populations(lexicons);
        this.restatements = new Restatements(lexicons);
        this.scopes = new ScopeDetector(lexicons);
        this.asOf = new AsOfResolver(lexicons);
        this.speakers = new SpeakerGroups(lexicons);
    }

    public static ClaimFinder fromClasspath(EntityMatcher entities) {
        Gazetteer gazetteer = entities.gazetteer();
        return new ClaimFinder(QuantityFinder.fromClasspath(), DateResolver.fromClasspath(), new SourceFinder(entities),
                gazetteer.placeParents());
    }

    /** A number alone in round brackets, digits folded: "(3)", "(137)", "(1,200)". */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\(\\s?\\d[\\d,.]*\\s?\\)");

    /**
     * What a document states: its claims, and the places it names only incidentally by where they stand (a dateline,
     * where people went or were treated, a point of reference: {@link PlaceChooser#incidental}).
     *
     * @param claims     the claims, in text order
     * @param incidental the entity matches of such places
     * @param heads      the entity matches of places that head a roundup's sections ({@link Sections})
     */
    /**
     * @param seats the places named as where a party named is based ("ومقرها أوسلو"), among the incidental ones
     */
    public record Found(List<Claim> claims, Set<EntityMatch> incidental, Set<EntityMatch> seats, Set<EntityMatch> heads) {
    }

    /** The claims of a document whose text is folded in {@code text}, given the entities named in it. */
    public List<Claim> find(Document document, NormalizedText text, List<EntityMatch> entities) {
        return findAll(document, text, entities).claims();
    }

    /** As {@link #find}, with the places named only incidentally. */
    public Found findAll(Document document, NormalizedText text, List<EntityMatch> entities) {
        AsOfResolver.Dates dates = asOf.dates(text, dateResolver, published(document));
        PlaceChooser chooser = new PlaceChooser(text.text(), lexicons, placeTree::topLevel);
        Sections sections = Sections.of(text.text(), entities, placeTree);
        List<Claim> claims = new ArrayList<>();
        Attribution previous = null;
        Attribution saidJustBefore = null;
        List<Attribution> named = new ArrayList<>();
        Attribution listLead = null;
        Kind listKind = null;
        EarlierSentences earlier = new EarlierSentences(lexicons);
        List<Integer> looseRemainders = new ArrayList<>();
        Set<EntityMatch> incidental = new HashSet<>();
        Set<EntityMatch> seats = new HashSet<>();
        Set<EntityMatch> heads = new HashSet<>(sections.heads());
        // the claims of the sentence before, and whether their speaker acted, for a sentence saying where it was stated
        Map<Integer, Boolean> actedBefore = Map.of();
        for (Sentence sentence : splitter.split(text)) {
            SentenceView view = SentenceView.of(text.text(), sentence, lexicons);
            for (EntityMatch m : entities) {
                if (chooser.incidental(view, m) || m.start() >= sentence.start() && m.end() <= sentence.end()
                        && PlaceChooser.namesAnOutlet(text, m)) {
                    incidental.add(m);
                }
                if (chooser.seat(view, m)) {
                    seats.add(m);
                }
            }
            incidentalAppositions(text.text(), view, chooser, entities, incidental);
            if (sentence.headline()) {
                continue;
            }
            boolean item = listLead != null && isListItem(text.text(), sentence);
            List<Candidate> candidates = filter.candidates(view,
                    quantities.find(text, sentence.start(), sentence.end()), dates.mentions(), text);
            kinds.resolve(view, candidates);
            restatements.resolve(view, candidates);
            if (listKind != null && isListItem(text.text(), sentence)) {
                // "وتوزعت حالات الاعتقال على النحو الآتي:" then "- الخليل: 14 مواطناً": an item's figures count what its
                // list counts, unless a cue of their own says otherwise
                for (Candidate c : candidates) {
                    c.kind = c.kind == null && !c.countsNothing ? listKind : c.kind;
                    c.listed = c.kind == listKind;
                }
            }
            linker.link(view, candidates);
            for (Candidate c : candidates) {
                c.kind = c.kind == null ? earlier.partKind(c) : c.kind;
            }
            linker.inheritKinds(view, candidates);
            linker.linkIncrements(view, candidates);
            linker.linkRemainders(candidates);
            populations.kinds(view, candidates);
            groups.resolve(view, candidates, entities);
            populations.groups(view, candidates);
            SourceFinder.Prepared spoken = sources.prepare(text, entities, sentence.start(), sentence.end(),
                    isListItem(text.text(), sentence));
            Attribution said = null;
            boolean claimed = false;
            String[] ids = new String[candidates.size()];
            int[] claimOf = new int[candidates.size()];
            String[] earlierTotal = new String[candidates.size()];
            Scope[] scopeOf = new Scope[candidates.size()];
            String[] listHead = new String[candidates.size()];
            int firstOfSentence = claims.size();
            Map<Integer, Boolean> acted = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.kind == null) {
                    continue;
                }
                earlierTotal[i] = earlier.totalOf(view, candidates, i, earlierTotal);
                // from the number's qualifier on, not from an estimating verb its span starts at ("وقدر الجيش الحصيلة
                // بنحو 150": the army estimated)
                Optional<Attribution> source = sources.attribute(spoken, c.quantity.boundStart(), c.quantity.end(),
                        new Recall(previous, named));
                if (source.isEmpty() && item) {
                    source = Optional.of(listLead);
                }
                if (source.isPresent() && countsTheSpeakers(text, c, source.get())) {
                    continue; // "Two security officials, who asked not to be named, said": who speak, not a toll
                }
                if (namesASpeaker(text, c, claims.subList(firstOfSentence, claims.size()))) {
                    continue; // "إلى 13 قتيلاً، وفق ما أفاد مسؤولان أمنيان": the two are who told the toll before
                }
                if (source.isEmpty() && saidJustBefore != null && opensWithQuote(text, sentence)) {
                    // "..." County Commissioner Louis Rono told reporters. "We lost six officers": the quote goes on
                    source = Optional.of(saidJustBefore);
                }
                said = source.orElse(said);
                claimed = true;
                if (c.group == Group.UNKNOWN && i == 0) {
                    c.group = earlier.othersGroup(view, c);
                }
                if (c.group == Group.UNKNOWN || c.group == Group.ALL) {
                    // "13 شهيداً من عناصرنا": a noun of everyone (شهيد، قتيل) names no group the speaker's own words do not
                    c.group = speakers.groupOfOwnPeople(view, c, source.orElse(null));
                }
                if (c.group == Group.UNKNOWN && c.othersOf >= 0) {
                    // "إن 25 من مقاتليها ارتقوا وأصيب 18 آخرون": others of the speaker's own, as those are
                    c.group = candidates.get(c.othersOf).group;
                }
                int numberStart = text.originalStart(c.quantity.numberStart());
                ids[i] = ClaimIds.of(document.id(), numberStart, c.kind, c.group);
                String partOf = c.total >= 0 ? ids[c.total] : earlierTotal[i];
                // "قُتل طفلان وامرأة"، "استشهاد ضابط وخمسة من المراتب": the list goes on counting the same people
                listHead[i] = partOf == null && c.connected && i > 0 && ids[i - 1] != null
                        && candidates.get(i - 1).kind == c.kind && candidates.get(i - 1).group == c.group
                        && claims.get(claims.size() - 1).partOf() == null ? listHead[i - 1] : ids[i];
                claimOf[i] = claims.size();
                acted.put(claims.size(), speakers.speakerActed(view, c));
                Scope scope = scope(view, candidates, i, scopeOf, dates);
                claims.add(new Claim(ids[i], document.id(), c.kind, c.group, c.quantity.quantity(),
                        source.orElse(null), c.overtaken ? null
                                : asOf.asOf(text, dates, sentence, c.quantity.numberStart(), scope != Scope.EARLIER),
                        evidence(text, sentence), scope, partOf,
                        sections.placeOf(sentence.start(), chooser.place(entities, view, c.quantity.numberStart(),
                                incidental, inSource(text, sentence, source.orElse(null)))),
                        listHead[i].equals(ids[i]) ? null : listHead[i],
                        partisan(source.orElse(null), c.group, speakers.speakerActed(view, c))));
                if (c.remainder && partOf == null) {
                    looseRemainders.add(claims.size() - 1);
                }
            }
            // a part told before the total it raised ("توفي اثنان من المصابين، ما يرفع عدد القتلى إلى 14"): its total's
            // id is known once the total's claim is made
            for (int i = 0; i < candidates.size(); i++) {
                int total = candidates.get(i).total;
                if (ids[i] != null && total > i && ids[total] != null && claims.get(claimOf[i]).partOf() == null) {
                    claims.set(claimOf[i], claims.get(claimOf[i]).withPartOf(ids[total]));
                }
            }
            if (lexicons.elsewhereOpeners().startsAt(view.words(), 0)) {
                headsElsewhere(entities, sentence, claims.subList(firstOfSentence, claims.size()), heads);
            }
            earlier.remember(view, claims.subList(firstOfSentence, claims.size()));
            if (!claimed) {
                said = sources.attribute(spoken, sentence.end(), sentence.end(), new Recall(previous, named)).orElse(null);
            }
            if (said != null && sources.opensWithTrailing(spoken)) {
                // "وأسفر الهجوم عن مقتل 12 شخصاً. جاء ذلك في تصريح أدلى به محافظ الإقليم": the governor's figure
                for (Map.Entry<Integer, Boolean> before : actedBefore.entrySet()) {
                    Claim c = claims.get(before.getKey());
                    if (c.source() == null) {
                        claims.set(before.getKey(), c.withSource(said, partisan(said, c.group(), before.getValue())));
                    }
                }
            }
            actedBefore = acted;
            previous = said != null ? said : previous;
            saidJustBefore = said;
            if (said != null && !named.contains(said)) {
                named.add(said);
            }
            if (!item) {
                // "وجاءت الحصيلة على النحو التالي:" then "- في درعا: مقتل 3 ...": the items are the lead's speaker's
                listLead = endsWithColon(text.text(), sentence) ? previous : null;
            }
            if (!isListItem(text.text(), sentence)) {
                listKind = endsWithColon(text.text(), sentence) ? kindOfList(view) : null;
            }
        }
        looseRemainders.forEach(r -> claims.set(r, partOfLaterTotal(claims, r)));
        return new Found(claims, incidental, seats, heads);
    }

    /**
     * "وفي سياق آخر، قُتل 16 مدنياً في غارة على مدينة عربين": the places of a sentence's figures that tell of another
     * incident (elsewhere-openers.txt) head an incident of their own, as a roundup's sections do.
     */
    private static void headsElsewhere(List<EntityMatch> entities, Sentence sentence, List<Claim> claims,
                                       Set<EntityMatch> heads) {
        for (Claim claim : claims) {
            for (EntityMatch m : entities) {
                if (claim.scope() == Scope.INCIDENT && m.entity().id().equals(claim.place())
                        && m.start() >= sentence.start() && m.end() <= sentence.end()) {
                    heads.add(m);
                }
            }
        }
    }

    /**
     * Whether a name lies inside the words of the figure's source in its sentence, or is its seat right after them
     * ("أعلنت وزارة الصحة الفلسطينية في قطاع غزة استشهاد نحو 500 فلسطيني في قصف استهدف المستشفى"): where the speaker
     * sits, not where it happened.
     */
    private static Predicate<EntityMatch> inSource(NormalizedText text, Sentence sentence, Attribution source) {
        if (source == null || source.text() == null || source.text().isBlank()) {
            return m -> false;
        }
        int from = text.originalStart(sentence.start());
        int to = text.originalEnd(sentence.end());
        int at = text.original().indexOf(source.text(), from);
        if (at < 0 || at + source.text().length() > to) {
            return m -> false;
        }
        // the body's seat right after its name: "وزارة الصحة الفلسطينية في قطاع غزة"، "the health ministry in Gaza"
        int end = at + source.text().length();
        Matcher seat = SEAT.matcher(text.original()).region(end, to);
        int seatAt = seat.lookingAt() ? seat.end() : -1;
        return m -> text.originalStart(m.start()) >= at && text.originalEnd(m.end()) <= end
                || text.originalStart(m.start()) == seatAt;
    }

    /** The preposition of a body's seat right after its name. */
    private static final Pattern SEAT = Pattern.compile("\\s+(?:في|in)\\s+");

    /**
     * "إن 27 نزيلاً لا يزالون طلقاء" told before "وكان الجهاز قد أعلن أن 112 نزيلاً فروا": who are still so, with no
     * total before them, are a part of the first larger total of their kind that the document gives after them.
     */
    private static Claim partOfLaterTotal(List<Claim> claims, int r) {
        Claim rest = claims.get(r);
        for (int k = r + 1; k < claims.size(); k++) {
            Claim total = claims.get(k);
            if (total.kind() == rest.kind() && total.partOf() == null && total.scope() == Scope.INCIDENT
                    && total.value().low() > rest.value().low()) {
                return rest.withPartOf(total.id());
            }
        }
        // "21 جريحاً ما زالوا يتلقون العلاج، بعد خروج معظم المصابين": who are still so of a total the report does not
        // give are some of it: it was at least as many
        Quantity v = rest.value();
        return v.qualifier() == Qualifier.EXACT ? rest.withValue(new Quantity(v.low(), null, Qualifier.AT_LEAST,
                v.text())) : rest;
    }

    /**
     * A figure's scope; a part of a wider or earlier total, or a number listed after a wider or earlier one, shares it
     * ("قتل 287 شخصاً منذ مطلع العام، بينهم 96 مدنياً": the 96 too since the start of the year).
     */
    private Scope scope(SentenceView view, List<Candidate> candidates, int i, Scope[] scopeOf,
                        AsOfResolver.Dates dates) {
        Candidate c = candidates.get(i);
        Scope own = scopes.scope(view, c, dates);
        Scope shared = c.total >= 0 ? scopeOf[c.total] : c.connected && i > 0 ? scopeOf[i - 1]
                : scopes.goesOnWithTheFiguresBefore(view, c, dates) ? lastScope(scopeOf, i) : null;
        scopeOf[i] = own == Scope.INCIDENT && shared != null ? shared : own;
        return scopeOf[i];
    }

    /** The scope of the latest figure before {@code i} in its sentence, or null. */
    private static Scope lastScope(Scope[] scopeOf, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (scopeOf[k] != null) {
                return scopeOf[k];
            }
        }
        return null;
    }

    /** Whether the words right after the number are its sentence's source: the number counts who speak. */
    /** Whether the number (a dual: "مسؤولان") begins the source of a figure its sentence told before it. */
    private static boolean namesASpeaker(NormalizedText text, Candidate c, List<Claim> before) {
        int at = text.originalStart(c.quantity.numberStart());
        for (Claim claim : before) {
            Attribution source = claim.source();
            if (source != null && !source.text().isBlank() && text.original().startsWith(source.text(), at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean countsTheSpeakers(NormalizedText text, Candidate c, Attribution source) {
        String original = text.original();
        int after = text.originalEnd(c.quantity.end());
        while (after < original.length() && Character.isWhitespace(original.charAt(after))) {
            after++;
        }
        return !source.text().isBlank() && original.startsWith(source.text(), after);
    }

    /**
     * An armed group stating a state's losses ("زعمت حركة الشباب أنها قتلت أكثر من 20 من عناصر الأمن"), or the losses it
     * says it inflicted on people it names by no group or as people ("زعم التنظيم أن مقاتليه قتلوا 55 شخصا"): a group
     * the gazetteer knows as one (entity-groups.tsv: a non-state armed group counts as militants), or one named again by
     * a common noun ("وزعمت الجماعة أن مقاتليها قتلوا أكثر من 20 جندياً", armed-group-nouns.txt).
     */
    private boolean partisan(Attribution source, Group counted, boolean acted) {
        // "زعمت قوات الدعم السريع أنها قتلت أكثر من 40 من عناصرهم": the enemy's, whoever they are, where it acted
        if (source == null || counted != Group.SECURITY_FORCES
                && !((counted == Group.UNKNOWN || counted == Group.ALL) && acted)) {
            return false;
        }
        if (source.entity() != null) {
            return lexicons.entityGroups().get(source.entity()) == Group.MILITANTS;
        }
        return lexicons.armedGroupNoun(source.text());
    }

    /**
     * "الموجود في العاصمة الكينية نيروبي": a name right after another name of the same place, nothing but space
     * between, names it again, as incidentally; "ووصلوا إلى مدن بيمبا ونانغادي ومويدا": a place of the sentence listed
     * after an incidental one (past one name no list knows) goes on with its list, as incidentally.
     */
    private static void incidentalAppositions(String folded, SentenceView view, PlaceChooser chooser,
                                              List<EntityMatch> entities, Set<EntityMatch> incidental) {
        EntityMatch before = null;
        for (EntityMatch m : entities) {
            if (before != null && incidental.contains(before) && before.end() <= m.start()) {
                boolean again = before.entity().id().equals(m.entity().id())
                        && folded.substring(before.end(), m.start()).isBlank();
                if (again || chooser.listed(view, before, m, true)) {
                    incidental.add(m);
                }
            }
            before = m;
        }
    }

    /** What a list's lead counts ("وجاءت حصيلة القتلى على النحو التالي:"): its first cue of a kind, or null. */
    private Kind kindOfList(SentenceView view) {
        for (PhraseLexicon.Hit<KindCue> cue : lexicons.kinds().all(view.words(), 0, view.words().size())) {
            // "وجاءت الحصيلة على النحو الآتي:": a toll alone names no kind of its items ("- الموقوفون: 7")
            if (cue.value().kind() != null && !cue.value().weak()
                    && lexicons.tallyNouns().at(view.words(), cue.from()) == null) {
                return cue.value().kind();
            }
        }
        return null;
    }

    /** Whether the sentence opens with a quotation mark (folded away, so read in the original). */
    private static boolean opensWithQuote(NormalizedText text, Sentence sentence) {
        String original = text.original();
        int at = text.originalStart(sentence.start());
        for (int k = Math.max(0, at - 1); k <= at && k < original.length(); k++) {
            if (PunctuationFold.isQuote(original.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListItem(String folded, Sentence sentence) {
        return SentenceSplitter.opensListItem(folded, sentence.start());
    }

    private static boolean endsWithColon(String folded, Sentence sentence) {
        char last = folded.charAt(sentence.end() - 1);
        return last == ':' || last == '：';
    }

    private static Evidence evidence(NormalizedText text, Sentence sentence) {
        String original = text.original();
        int start = text.originalStart(sentence.start());
        int end = text.originalEnd(sentence.end());
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        return Evidence.of(original, start, end);
    }

    private static LocalDate published(Document document) {
        return IsoDates.dateOf(document.published());
    }

    /** Folds a document's text for matching; callers share it with the entity matcher. */
    public static NormalizedText fold(String text) {
        NormalizedText folded = TextNormalizer.forMatching().normalize(text);
        if (folded.text().indexOf('(') < 0) {
            return folded;
        }
        Matcher m = BRACKETED_NUMBER.matcher(folded.text());
        if (!m.find()) {
            return folded;
        }
        // "مقتل (٣) إرهابيين": security statements bracket their numbers; the brackets stand between number and noun
        StringBuilder unwrapped = new StringBuilder(folded.text());
        do {
            unwrapped.setCharAt(m.start(), ' ');
            unwrapped.setCharAt(m.end() - 1, ' ');
        } while (m.find());
        return folded.withFolded(unwrapped.toString());
    }
}
