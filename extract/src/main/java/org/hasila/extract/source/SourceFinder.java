package org.hasila.extract.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.claim.Attribution;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.EntityMatch;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.TextTokens;

/**
 * Finds who states a figure: the cue (قال، أفاد، وفق، بحسب، نقلت ... عن) nearest before the figure in
 * its clause, else one after it in its clause, else one in an earlier clause of the sentence; its
 * speaker resolved to a gazetteer entity where known, kept as text when unnamed, carried over from
 * the previous sentence when the cue continues it ("وأضاف المصدر"). Cue words are data files.
 */
public final class SourceFinder {

    private final EntityMatcher entities;
    private final EntityMatcher nouns;
    private final CueScanner scanner;
    private final Clauses clauses;
    private final CueResolver resolver;
    private final SubjectFinder subjects;
    private final SourceLexicon lexicon;
    /** The first words of an outlet's own unnamed sources, folded (own-sourcing.txt). */
    private final Set<String> ownSourcing;
    private static final TextNormalizer MATCHING = TextNormalizer.forMatching();

    public SourceFinder(EntityMatcher entities) {
        SourceLexicon lexicon = SourceLexicon.get();
        this.lexicon = lexicon;
        this.entities = entities;
        this.nouns = SourceNouns.matcher(lexicon);
        this.scanner = new CueScanner(lexicon);
        this.clauses = new Clauses(lexicon);
        this.subjects = new SubjectFinder(lexicon, scanner);
        this.resolver = new CueResolver(lexicon, subjects);
        this.ownSourcing = Set.copyOf(lexicon.ownSourcing);
    }

    /** A sentence read once for all the figures in it: its words, the speakers named on them, its cues and clauses. */
    public static final class Prepared {

        private final SentenceView view;
        private final List<Cue> cues;
        private final int[] byWords;
        /** The sentence is an item of a list ("- مديرية شدا: استشهاد مواطن"): its label is no speaker. */
        private final boolean listItem;

        private Prepared(SentenceView view, List<Cue> cues, int[] byWords, boolean listItem) {
            this.view = view;
            this.cues = cues;
            this.byWords = byWords;
            this.listItem = listItem;
        }
    }

    /** Reads the sentence at folded [sentenceStart, sentenceEnd) once, for each figure's {@code attribute}. */
    public Prepared prepare(NormalizedText text, int sentenceStart, int sentenceEnd) {
        return prepare(text, sentenceStart, sentenceEnd, false);
    }

    /** As {@link #prepare(NormalizedText, int, int)}, for an item of a list, whose label ("- مديرية شدا:") is no speaker. */
    public Prepared prepare(NormalizedText text, int sentenceStart, int sentenceEnd, boolean listItem) {
        return prepare(text, sentenceStart, sentenceEnd, listItem, entities.find(text, sentenceStart, sentenceEnd));
    }

    /**
     * As {@link #prepare(NormalizedText, int, int, boolean)}, with the entities the matcher found in the whole text
     * (the sentence's are those inside it; the places among them, known or not, are mute to a sentence's speakers), so
     * that the gazetteer is not searched a second time sentence by sentence.
     */
    public Prepared prepare(NormalizedText text, List<EntityMatch> inText, int sentenceStart, int sentenceEnd,
                            boolean listItem) {
        List<EntityMatch> named = new ArrayList<>();
        for (EntityMatch m : inText) {
            if (m.start() >= sentenceStart && m.end() <= sentenceEnd) {
                named.add(m);
            }
        }
        return prepare(text, sentenceStart, sentenceEnd, listItem, named);
    }

    private Prepared prepare(NormalizedText text, int sentenceStart, int sentenceEnd, boolean listItem,
                             List<EntityMatch> named) {
        SentenceView s = new SentenceView(text, TextTokens.of(text.text(), sentenceStart, sentenceEnd),
                named, nouns.find(text, sentenceStart, sentenceEnd));
        if (s.size() == 0) {
            return new Prepared(s, List.of(), new int[0], false);
        }
        return new Prepared(s, scanner.scan(s), clauses.byWords(s), listItem);
    }

    /**
     * The source of the figure at folded [figureStart, figureEnd) inside the sentence at folded
     * [sentenceStart, sentenceEnd). {@code previous} is the attribution of the preceding sentence
     * (or {@code null}); it carries over when this sentence continues it ("وأضاف المصدر").
     * Empty when the outlet speaks in its own voice.
     */
    public Optional<Attribution> attribute(NormalizedText text, int sentenceStart, int sentenceEnd,
                                           int figureStart, int figureEnd, Attribution previous) {
        return attribute(prepare(text, sentenceStart, sentenceEnd), figureStart, figureEnd, previous);
    }

    /**
     * Whether the sentence opens by saying where the sentence before was stated ("جاء ذلك في بيان لوزارة الصحة"; a
     * {@code trailing} cue): its source then states the figures the sentence before gave in the outlet's voice.
     */
    public boolean opensWithTrailing(Prepared sentence) {
        return !sentence.cues.isEmpty() && sentence.cues.get(0).kind() == CueKind.TRAILING
                && sentence.cues.get(0).first() == 0;
    }

    /** The source of the figure at folded [figureStart, figureEnd) inside a prepared sentence; as above. */
    public Optional<Attribution> attribute(Prepared sentence, int figureStart, int figureEnd, Attribution previous) {
        return attribute(sentence, figureStart, figureEnd, Recall.of(previous));
    }

    /** As above, with the speakers the document named before ({@link Recall}). */
    public Optional<Attribution> attribute(Prepared sentence, int figureStart, int figureEnd, Recall previous) {
        if (sentence.view.size() == 0) {
            return Optional.empty();
        }
        SentenceView s = sentence.view.withFigure(figureStart, figureEnd);
        List<Cue> cues = sentence.cues;
        Resolution[] resolved = resolver.resolve(s, cues, sentence.byWords, previous);
        int[] clauseOf = clauses.withVerbs(s, sentence.byWords, cues, resolved);
        int figure = Math.min(s.tokenFrom(figureStart), s.size() - 1);
        return Optional.ofNullable(choose(s, cues, resolved, clauseOf, figure, sentence.listItem));
    }

    private Attribution choose(SentenceView s, List<Cue> cues, Resolution[] resolved, int[] clauseOf, int figure,
                               boolean listItem) {
        int clause = clauseOf[figure];
        Integer before = null;
        Integer after = null;
        Integer earlier = null;
        // "وقالت الوزارة إن ...، نافية ما أعلنه المستشار من أن الضربات قتلت 12": who denies what follows states none
        // of it, nor does whoever spoke before the denial
        int denial = -1;
        for (Cue cue : cues) {
            if (cue.kind() == CueKind.DENIAL && cue.end() <= figure) {
                denial = Math.max(denial, cue.first());
            }
        }
        for (int k = 0; k < cues.size(); k++) {
            Cue cue = cues.get(k);
            if (resolved[k] == null || cue.kind().isStance() || (cue.first() <= figure && cue.end() > figure)
                    || cue.first() < denial) {
                continue;
            }
            boolean sameClause = clauseOf[cue.first()] == clause;
            if (cue.first() < figure) {
                if (sameClause) {
                    before = k;
                } else {
                    earlier = k;
                }
            } else if (sameClause && after == null && s.tokens.get(cue.first()).start() >= s.figureEnd) {
                after = k;
            }
        }
        Integer chosen = before != null ? before : after != null ? after : earlier != null ? earlier
                : closing(s, cues, resolved, clauseOf, figure);
        if (chosen == null) {
            return listItem ? null : colonLead(s, figure);
        }
        if (toldTheOutlet(s, cues.get(chosen), resolved[chosen].attribution(), figure)) {
            return null;
        }
        return resolved[chosen].attribution();
    }

    /** Words a speaker's name may take before the colon of a headline. */
    private static final int MAX_LEAD = 10;

    /**
     * "وزارة الصحة في غزة: ارتفاع حصيلة الشهداء إلى 42"، "10:45 - المرصد السوري: مقتل 20": a sentence that opens
     * with who speaks and a colon (headlines, live blogs) is theirs. The name opens with a known speaker that is not
     * a place ("العراق: مقتل ..." is a dateline of sorts) or a noun that heads a body (مركز، وزارة).
     */
    private Attribution colonLead(SentenceView s, int figure) {
        int first = 0;
        while (first < s.size() && Character.isDigit(s.word(first).charAt(0))) {
            first++; // the time of a live blog's entry
        }
        if (first >= s.size()) {
            return null;
        }
        Head head = s.headAt(first);
        boolean speaks = head != null ? head.kind() != Head.Kind.ENTITY || !isPlace(head)
                : first < s.size() && lexicon.speakerHeads.contains(s.word(first));
        if (!speaks) {
            return null;
        }
        for (int colon = first + 1; colon <= Math.min(figure, first + MAX_LEAD); colon++) {
            if (s.gapHas(colon, ":")) {
                String entity = head != null && head.kind() == Head.Kind.ENTITY ? head.entity().id() : null;
                // "مصدر في مجمع ناصر الطبي للأناضول:": the one told is not part of the name
                int end = colon;
                while (end - 1 > first && subjects.hearerAt(s, end - 1)) {
                    end--;
                }
                return s.attribution(entity, s.tokens.get(first).start(), s.tokens.get(end - 1).end());
            }
            if (s.inFigure(colon) || s.gapHas(colon, ".!?؟")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPlace(Head head) {
        String type = head.entity().type();
        return "place".equals(type) || "facility".equals(type);
    }

    /**
     * "ارتفعت الحصيلة إلى 23 قتيلاً، فيما أصيب 60، بحسب ما أعلنت الوزارة": an "according to" that closes the
     * sentence, in its last clause, sources the figures of the clauses before it that name no source of their own.
     */
    private static Integer closing(SentenceView s, List<Cue> cues, Resolution[] resolved, int[] clauseOf, int figure) {
        int lastClause = clauseOf[s.size() - 1];
        for (int k = cues.size() - 1; k >= 0; k--) {
            Cue cue = cues.get(k);
            if (cue.first() <= figure || clauseOf[cue.first()] != lastClause) {
                return null;
            }
            if (resolved[k] != null) {
                return according(cues, k) ? k : null;
            }
        }
        return null;
    }

    /** The cue is an "according to" (بحسب، وفق), or the verb one defers to (بحسب ما أعلنت). */
    private static boolean according(List<Cue> cues, int k) {
        if (cues.get(k).kind() == CueKind.ACCORDING) {
            return true;
        }
        return k > 0 && cues.get(k - 1).kind() == CueKind.ACCORDING && cues.get(k).first() - cues.get(k - 1).end() <= 1;
    }

    /** Whether a source's words begin with a noun of an outlet's own unnamed sourcing (own-sourcing.txt). */
    private boolean ownSourcing(String text) {
        String first = MATCHING.fold(text.strip()).split("\\s+")[0];
        if (first.startsWith("و")) {
            first = first.substring(1);
        }
        for (String head : ownSourcing) {
            if (first.startsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a cue within which "لـ موقع ..." names who was told. */
    private static final int HEARER_WINDOW = 8;

    /**
     * Unnamed sources that told a website, channel or paper ("مصادر خاصة لـ موقع ...", "أكدت مصادر لقناة ...")
     * are the publishing outlet's own sourcing: the outlet speaks in its own voice. A news agency is
     * another outlet, so "قال مصدر أمني لوكالة ..." keeps its source.
     */
    private boolean toldTheOutlet(SentenceView s, Cue cue, Attribution attribution, int figure) {
        // a speaker named by office ("قال محافظ اللاذقية لقناة الإخبارية") is quoted by that channel, not its sourcing
        if (attribution == null || attribution.entity() != null || !ownSourcing(attribution.text())) {
            return false;
        }
        int from = Math.max(0, cue.first() - HEARER_WINDOW);
        int limit = cue.first() < figure ? Math.max(figure, cue.end()) : s.size();
        int to = Math.min(limit, cue.end() + HEARER_WINDOW);
        for (int i = from; i < to; i++) {
            String w = s.word(i);
            boolean lam = w.equals("ل") && i + 1 < to && lexicon.ownOutletNouns.contains(s.word(i + 1));
            boolean glued = w.startsWith("ل") && lexicon.ownOutletNouns.contains(w.substring(1));
            if (lam || glued) {
                return true;
            }
        }
        return false;
    }
}
