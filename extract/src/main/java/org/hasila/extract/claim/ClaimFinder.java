package org.hasila.extract.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.EntityMatch;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.number.QuantityFinder;
import org.hasila.extract.source.SourceFinder;
import org.hasila.extract.time.DateResolver;

/** The claim grammar: finds every figure of a document that counts people, sentence by sentence. */
public final class ClaimFinder {

    /** The marks that open an item of a list: a dash or a bullet. */
    private static final String LIST_MARKS = "-–—•·▪●*";

    private final QuantityFinder quantities;
    private final DateResolver dateResolver;
    private final SourceFinder sources;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Lexicons lexicons;
    private final CountedNounFilter filter;
    private final KindResolver kinds;
    private final BreakdownLinker linker;
    private final GroupResolver groups;
    private final ScopeDetector scopes;
    private final AsOfResolver asOf;

    public ClaimFinder(QuantityFinder quantities, DateResolver dateResolver, SourceFinder sources) {
        this.quantities = quantities;
        this.dateResolver = dateResolver;
        this.sources = sources;
        this.lexicons = Lexicons.fromClasspath();
        this.filter = new CountedNounFilter(lexicons);
        this.kinds = new KindResolver(lexicons);
        this.linker = new BreakdownLinker(lexicons);
        this.groups = new GroupResolver(lexicons);
        this.scopes = new ScopeDetector(lexicons);
        this.asOf = new AsOfResolver(lexicons);
    }

    public static ClaimFinder fromClasspath(EntityMatcher entities) {
        return new ClaimFinder(QuantityFinder.fromClasspath(), DateResolver.fromClasspath(), new SourceFinder(entities));
    }

    /** The claims of a document whose text is folded in {@code text}, given the entities named in it. */
    /** Words between "among" and its number: the kind's noun and a verb ("بين القتلى"، "among the dead were"). */
    private static final int MAX_AMONG_GAP = 3;
    /** Words between "إنها" (the speaker as the one who acted) and the number: its verb and a qualifier. */
    private static final int AGENT_GAP = 4;

    public List<Claim> find(Document document, NormalizedText text, List<EntityMatch> entities) {
        AsOfResolver.Dates dates = asOf.dates(text, dateResolver, published(document));
        PlaceChooser places = new PlaceChooser(text.text(), lexicons);
        List<Claim> claims = new ArrayList<>();
        Attribution previous = null;
        Attribution listLead = null;
        Map<Kind, List<Claim>> totals = new EnumMap<>(Kind.class);
        Group lastGroup = null;
        for (Sentence sentence : splitter.split(text)) {
            if (sentence.headline()) {
                continue;
            }
            boolean item = listLead != null && isListItem(text.text(), sentence);
            SentenceView view = SentenceView.of(text.text(), sentence, lexicons);
            List<Candidate> candidates = filter.candidates(view,
                    quantities.find(text, sentence.start(), sentence.end()), dates.mentions());
            kinds.resolve(view, candidates);
            linker.link(view, candidates);
            linker.inheritKinds(candidates);
            groups.resolve(view, candidates, entities);
            SourceFinder.Prepared spoken = sources.prepare(text, sentence.start(), sentence.end());
            Attribution said = null;
            boolean claimed = false;
            String[] ids = new String[candidates.size()];
            String[] earlierTotal = new String[candidates.size()];
            Scope[] scopeOf = new Scope[candidates.size()];
            int firstOfSentence = claims.size();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.kind == null) {
                    continue;
                }
                earlierTotal[i] = earlierTotal(view, candidates, i, earlierTotal, totals);
                Optional<Attribution> source = sources.attribute(spoken, c.quantity.start(), c.quantity.end(),
                        previous);
                if (source.isEmpty() && item) {
                    source = Optional.of(listLead);
                }
                said = source.orElse(said);
                claimed = true;
                if (c.group == Group.UNKNOWN && i == 0 && lastGroup != null && othersAfter(view, c)) {
                    // "قتل 28 مدنياً. ... وإصابة نحو 60 آخرين": others of the figure of the sentence before
                    c.group = lastGroup;
                }
                if (c.group == Group.UNKNOWN && ownPeople(view, c)) {
                    // "نعت حركة الجهاد ثلاثة من مقاتليها": its fighters are the speaker's
                    c.group = groupOfSpeaker(source.orElse(null), c.group);
                }
                int numberStart = text.originalStart(c.quantity.numberStart());
                ids[i] = ClaimIds.of(document.id(), numberStart, c.kind, c.group);
                claims.add(new Claim(ids[i], document.id(), c.kind, c.group, c.quantity.quantity(),
                        source.orElse(null), asOf.asOf(text, dates, sentence, c.quantity.numberStart()),
                        evidence(text, sentence), scope(view, candidates, i, scopeOf, dates),
                        c.total >= 0 ? ids[c.total] : earlierTotal[i],
                        places.place(entities, view, c.quantity.numberStart())));
            }
            for (Claim claim : claims.subList(firstOfSentence, claims.size())) {
                if (claim.partOf() == null && claim.scope() == Scope.INCIDENT) {
                    totals.computeIfAbsent(claim.kind(), k -> new ArrayList<>()).add(claim);
                }
                if (claim.group() != Group.UNKNOWN) {
                    lastGroup = claim.group();
                }
            }
            if (!claimed) {
                said = sources.attribute(spoken, sentence.end(), sentence.end(), previous).orElse(null);
            }
            previous = said != null ? said : previous;
            if (!item) {
                // "وجاءت الحصيلة على النحو التالي:" then "- في درعا: مقتل 3 ...": the items are the lead's speaker's
                listLead = endsWithColon(text.text(), sentence) ? previous : null;
            }
        }
        return claims;
    }

    /**
     * "وأضافت أن بين القتلى خمس نساء وأربعة أطفال": a number after "among the ..." (among.txt) with no total in its
     * sentence is a part of the latest total of its kind, no smaller than it, that an earlier sentence gave; so are
     * the numbers listed after it.
     */
    private String earlierTotal(SentenceView view, List<Candidate> candidates, int i, String[] earlierTotal,
                                Map<Kind, List<Claim>> totals) {
        Candidate c = candidates.get(i);
        if (c.total >= 0) {
            return null;
        }
        if (c.connected && i > 0 && earlierTotal[i - 1] != null) {
            return earlierTotal[i - 1];
        }
        List<Claim> before = totals.getOrDefault(c.kind, List.of());
        if (before.isEmpty() || !afterAmong(view, candidates, i)) {
            return null;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).value().low() >= c.quantity.quantity().low()) {
                return before.get(k).id();
            }
        }
        return null;
    }

    /**
     * A figure's scope; a part of a wider or earlier total, or a number listed after a wider or earlier one, shares it
     * ("قتل 287 شخصاً منذ مطلع العام، بينهم 96 مدنياً": the 96 too since the start of the year).
     */
    private Scope scope(SentenceView view, List<Candidate> candidates, int i, Scope[] scopeOf,
                        AsOfResolver.Dates dates) {
        Candidate c = candidates.get(i);
        Scope own = scopes.scope(view, c, dates);
        Scope shared = c.total >= 0 ? scopeOf[c.total] : c.connected && i > 0 ? scopeOf[i - 1] : null;
        scopeOf[i] = own == Scope.INCIDENT && shared != null ? shared : own;
        return scopeOf[i];
    }

    /** "others" right after the number or its qualifier ("نحو 60 آخرين"). */
    private boolean othersAfter(SentenceView view, Candidate c) {
        int next = c.last + 1;
        return next < view.words().size() && lexicons.others().startsAt(view.words(), next);
    }

    /** The number counts "its own" people: "ثلاثة من مقاتليها"، "عناصرها"، "its fighters" (own-people.txt). */
    private boolean ownPeople(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        for (int k = Math.max(0, c.first - AGENT_GAP); k < c.first; k++) {
            if (lexicons.speakerAgents().startsAt(words, k)) {
                return false; // "قالت قوات الدعم السريع إنها قتلت 40 من عناصرها": the speaker killed the enemy's
            }
        }
        for (int k = c.last + 1; k <= Math.min(words.size() - 1, c.last + 2); k++) {
            if (lexicons.ownPeople().startsAt(words, k)) {
                return true;
            }
        }
        return false;
    }

    /** The group of a known speaker's people: an armed group's, a force's (entity-groups.tsv); else {@code other}. */
    private Group groupOfSpeaker(Attribution source, Group other) {
        if (source == null || source.entity() == null) {
            return other;
        }
        Group own = lexicons.entityGroups().get(source.entity());
        if (own == null && source.entity().startsWith("grp:")) {
            own = lexicons.entityGroups().get("type:armed_group");
        }
        return own == null ? other : own;
    }

    private boolean afterAmong(SentenceView view, List<Candidate> candidates, int i) {
        Candidate c = candidates.get(i);
        int stop = i > 0 ? candidates.get(i - 1).last + 1 : 0;
        for (int k = c.first - 1; k >= Math.max(stop, c.first - MAX_AMONG_GAP - 1); k--) {
            if (lexicons.among().startsAt(view.words(), k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListItem(String folded, Sentence sentence) {
        return LIST_MARKS.indexOf(folded.charAt(sentence.start())) >= 0;
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
        String published = document.published();
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Folds a document's text for matching; callers share it with the entity matcher. */
    public static NormalizedText fold(String text) {
        return TextNormalizer.forMatching().normalize(text);
    }
}
