package org.hasila.extract.source;

import java.util.ArrayList;
import java.util.List;

/** Reads the speaker's words after a cue (قال المرصد) or before it (المرصد قال). */
final class SubjectFinder {

    /** Speakers are named close to their verb; farther words belong to what is said. */
    private static final int MAX_WORDS = 10;
    private static final int MAX_LEAD = 3;
    private static final int MAX_GAP = 3;
    /** Words of the place an unnamed source before its verb is in ("مصدراً طبياً في مستشفى الهارثة العام أكد"). */
    private static final int MAX_PLACE_BEFORE = 4;
    private static final int MAX_NAME = 4;
    private static final String HARD_STOPS = ":؛;.!?()[]";
    private static final String COMMAS = "،,";
    /** The gazetteer's type of news agencies: told, they are the hearer of a speaker. */
    private static final String AGENCY = "agency";
    /** Marks an apposition does not cross; brackets it may hold ("a leader of the Civilian Joint Task Force (CJTF)"). */
    private static final String APPOSITION_STOPS = ":؛;.!?[]";
    private static final int MAX_BODY = 9;
    /**
     * Words of a title described up to what was said ("المدير العام للعلاقات العامة في الجيش الباكستاني الفريق أحمد
     * شريف تشودري إن"): an office, its body and a rank and name.
     */
    private static final int MAX_DESCRIBED = 14;
    /** The word by which a spokesman names the body he speaks for ("الناطق الرسمي باسم الحكومة"). */
    private static final String SPOKESMAN_FOR = "باسم";

    private final SourceLexicon lexicon;
    private final CueScanner cues;

    SubjectFinder(SourceLexicon lexicon, CueScanner cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * The speaker named from word {@code from} on, before word {@code limit}. After a verb a name
     * behind ل is the hearer ("قال لرويترز") and ends the speaker; after a preposition it is not
     * ("وفق حصيلة للمرصد"). {@code stopWord} (e.g. عن after a relaying verb) also ends it.
     */
    Subject after(SentenceView s, int from, int limit, boolean verb, String stopWord) {
        if (verb && from + 1 < limit && lexicon.verbPronouns.contains(s.word(from))) {
            from++; // "وفق ما أفاد به مؤتمر الجزيرة": the verb's pronoun, then its speaker
        }
        if (verb && from < s.size() && s.headAt(from) == null && lexicon.isSpeakerHead(s.word(from))) {
            int content = complementizerAfter(s, from, Math.min(limit, from + MAX_DESCRIBED));
            if (content > from) {
                return describedBody(s, from, content);
            }
            // "أعلن مركز طب الطوارئ والدعم، صباح الأربعاء، ارتفاع": the name runs to a comma that a time follows
            int named = descriptionEnd(s, from, limit);
            // "... والدعم، صباح الأربعاء، ارتفاع"; "أفادت وكالة تسنيم بمقتل": up to what was announced
            boolean announcedNext = named > from && named < limit && announced(s, named) && !s.gapHas(named, COMMAS);
            if (named > from + 1 && named < limit && (s.gapHas(named, COMMAS)
                    && lexicon.functionWords.contains(s.word(named)) || announcedNext)
                    && namesNoOneBetween(s, from + 1, named)) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(named - 1).end(), named);
            }
            int end = definiteChainEnd(s, from, limit);
            // one word is the speaker when it is definite ("أعلنت الشرطة اعتقال 15") or nothing said follows it
            // ("وفق ما أعلنت السلطات يوم السبت")
            if (end > from + 1 || end == from + 1 && (s.word(from).startsWith("ال") || nothingSaidAt(s, end, limit))) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), end);
            }
        }
        if (!verb) {
            // "وفق تصريح أدلى به محافظ الإقليم": past the statement and who gave it, to the title that heads its speaker
            int lead = pastStatement(s, from, limit);
            if (lead > from && lead < limit && isUnnamed(s.headAt(lead)) && lexicon.isSpeakerHead(s.word(lead))) {
                from = lead;
            }
        }
        // "وفقاً لمدير مستشفى المدينة"، "وفقاً للمتحدث باسم الجيش": the title sheds the ل its preposition takes
        Subject.Glued lam = from < s.size() && !verb && !lexicon.isSpeakerHead(s.word(from)) && governsLam(s, from)
                ? glued(s.word(from)) : Subject.Glued.NONE;
        boolean title = from < s.size() && lexicon.isSpeakerHead(shed(s.word(from), lam));
        if (from < s.size() && isUnnamed(s.headAt(from)) && title) {
            // "قال وزير الصحة في حكومة الوفاق إن": an unnamed title heading a description that names nobody known
            int content = complementizerAfter(s, from, Math.min(limit, from + MAX_DESCRIBED));
            int rest = s.headAt(from).last() + 1;
            if (content > rest && namesNoOneKnownBetween(s, rest, content)) {
                return glued(describedBody(s, from, content), lam);
            }
            // "وقال المتحدث باسم الشرطة لوكالة فرانس برس إن": the description ends at the agency it was told to
            int told = content > rest ? agencyToldAt(s, rest, content) : -1;
            if (told > rest && namesNoOneKnownBetween(s, rest, told)) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(told - 1).end(), content, lam);
            }
            // "وقال مدير مستشفى ابن سينا التخصصي، في حديث للجزيرة نت، إن": up to the comma, past which the hearer
            int described = content > rest ? describedBodyEnd(s, from, content) : -1;
            if (described > rest && described < content && s.gapHas(described, COMMAS)
                    && namesNoOneBetween(s, rest, described)) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(described - 1).end(), content,
                        lam);
            }
            // "بحسب ما قال المتحدث باسم شرطة كابول خالد زدران.": the description runs to the clause's end
            int end = descriptionEnd(s, from, limit);
            if (content < 0 && end > rest && namesNoOneBetween(s, rest, end)) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), end, lam);
            }
        }
        if (from < s.size() && isAnaphor(s.headAt(from)) && title) {
            // "أعلن المتحدث العسكري باسم القوات المسلحة المصرية، اليوم، أن": a title that its description names, not
            // "the spokesman" of before ("وأضاف المتحدث في بيان أن" still points back)
            int content = complementizerAfter(s, from, Math.min(limit, from + MAX_WORDS));
            int rest = s.headAt(from).last() + 1;
            int end = content > rest ? describedBodyEnd(s, from, content) : content < 0 ? descriptionEnd(s, from, limit) : -1;
            if (end > rest && namesNoOneBetween(s, rest, end)) {
                return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(),
                        content > rest ? content : end, lam);
            }
        }
        if (verb && from + 1 < limit && lexicon.tallyWords.contains(s.word(from))
                && !lexicon.tallyWords.contains(s.word(from + 1))) {
            // "وتشير تقديرات الوحدة التنفيذية لإدارة مخيمات النازحين إلى أن": the estimates of the body after them
            int owner = from + 1;
            while (owner + 1 < limit && lexicon.statementAdjectives.contains(s.word(owner))) {
                owner++; // "حصيلة أولية لـ"
            }
            // "حصيلة أولية للدفاع المدني": the body sheds the ل of "of", as after a statement
            Subject issuer = after(s, owner, limit, !s.word(owner).startsWith("ل"), stopWord);
            // "وتشير التقديرات إلى أن": estimates of no one named are the outlet's own
            return issuer.isEmpty() ? none(owner) : issuer;
        }
        if (verb && from + 1 < limit && isStatementNoun(s.word(from)) && s.word(from + 1).startsWith("ل")) {
            // "وأوضح بيان لوزارة الصحة أن": a statement of the body named after it, which sheds the ل
            Subject issuer = after(s, from + 1, limit, false, stopWord);
            if (!issuer.isEmpty()) {
                return issuer;
            }
        }
        Subject placed = unnamedWithItsPlace(s, from, limit);
        if (placed != null) {
            return placed;
        }
        List<Head> heads = new ArrayList<>();
        int i = from;
        int end = Math.min(limit, from + MAX_WORDS);
        while (i < end && !stops(s, i, from, verb, stopWord)) {
            Head head = s.headAt(i);
            if (head == null) {
                i++;
                continue;
            }
            if (verb && isHearer(s, head, from)) {
                break;
            }
            if (!joins(s, heads, head, from)) {
                break;
            }
            heads.add(head);
            i = head.last() + 1;
        }
        if (!heads.isEmpty()) {
            Head first = heads.get(0);
            // "بحسب إحصائية للمرصد"، "بحسب حصيلة جديدة للمرصد": the speaker is the body, not its tally
            int lead = pastStatement(s, from, first.first());
            int start = leadStart(s, lead, first);
            // "وفقاً للأمم المتحدة"، "بحسب بيان لقوات سوريا الديمقراطية": the word before takes ل, glued to the name
            boolean takesLam = start == s.tokens.get(first.first()).start() && first.first() > 0
                    && (lexicon.accordingWithLam.contains(s.word(first.first() - 1))
                    || isTallyOrStatement(s.word(first.first() - 1))
                    || lexicon.statementAdjectives.contains(s.word(first.first() - 1)));
            return new Subject(heads, start, heads.get(heads.size() - 1).end(), i,
                    takesLam ? glued(s.word(first.first())) : Subject.Glued.NONE);
        }
        return verb ? unknownName(s, from, i) : namedAfterPreposition(s, from, i);
    }

    /**
     * "قال مصدر في الشرطة العسكرية، ... إن": an unnamed source with the body or place it is in (في، من ...), up to a
     * comma, what was said, the one told or the words that say how; null when no such words follow it.
     */
    private Subject unnamedWithItsPlace(SentenceView s, int from, int limit) {
        Head head = from < s.size() ? s.headAt(from) : null;
        int rest = head == null ? -1 : head.last() + 1;
        if (!isUnnamed(head) || rest >= limit || !lexicon.connectors.contains(s.word(rest)) || s.gapHas(rest, COMMAS)) {
            return null;
        }
        int end = rest + 1;
        while (end < limit && end - from < MAX_BODY && !s.gapHas(end, COMMAS) && !s.gapHas(end, HARD_STOPS)
                && !s.inFigure(end) && !lexicon.complementizers.contains(s.word(end)) && !announced(s, end)
                && !isHearerWord(s, end) && !isGluedHearer(s, end) && !opensStatement(s, end, limit)) {
            end++;
        }
        if (end <= rest + 1) {
            return null;
        }
        // the bodies named in it speak through it ("مسؤول في الأمم المتحدة": the UN's)
        List<Head> heads = new ArrayList<>(List.of(head));
        for (int k = rest; k < end; k++) {
            Head named = s.headAt(k);
            if (named != null && named.entity() != null && named.first() == k) {
                heads.add(named);
            }
        }
        return new Subject(heads, head.start(), s.tokens.get(end - 1).end(), end);
    }

    private static boolean isUnnamed(Head head) {
        return head != null && head.kind() == Head.Kind.UNNAMED;
    }

    private static boolean isAnaphor(Head head) {
        return head != null && head.kind() == Head.Kind.ANAPHOR;
    }

    /** True when no head (a known entity, an unnamed source, an anaphor) starts in words [from, to). */
    private static boolean namesNoOneBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.headAt(i) != null) {
                return false;
            }
        }
        return true;
    }

    /** The first word in [from, to), before any comma, where an agency glued to ل starts (لوكالة فرانس برس), or -1. */
    private static int agencyToldAt(SentenceView s, int from, int to) {
        for (int i = from; i < to && !s.gapHas(i, COMMAS); i++) {
            Head head = s.headAt(i);
            if (head != null && head.kind() == Head.Kind.ENTITY && AGENCY.equals(head.entity().type())
                    && s.folded.substring(s.tokens.get(i).start(), head.start()).endsWith("ل")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when no head starts in words [from, to) but, unnamed or anaphoric, a second title of the speaker's or the
     * body a spokesman speaks for ("وزير الثقافة والإعلام الناطق الرسمي باسم الحكومة جراهام عبد القادر إن").
     */
    private boolean namesNoOneKnownBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            Head head = s.headAt(i);
            boolean described = head != null && head.kind() != Head.Kind.ENTITY
                    && (lexicon.isSpeakerHead(s.word(i)) || i > from && s.word(i - 1).equals(SPOKESMAN_FOR));
            if (head != null && !described) {
                return false;
            }
        }
        return true;
    }

    /** Title or name words before the first head belong to the speaker (اللواء يحيى رسول، شيخموس أحمد، مسؤول). */
    private int leadStart(SentenceView s, int from, Head first) {
        int i = from;
        while (i < first.first() && lexicon.functionWords.contains(s.word(i))) {
            i++;
        }
        return i < first.first() ? s.tokens.get(i).start() : first.start();
    }

    /** A speaker named right before a verb, past words such as قد and كان; null if none. */
    Head before(SentenceView s, int verbAt, int clauseStart) {
        int j = verbAt - 1;
        while (j >= clauseStart && lexicon.skipBefore.contains(s.word(j))) {
            j--;
        }
        // "وكانت وكالة الأنباء السورية الرسمية (سانا) قد أعلنت": the name its abbreviation in brackets follows
        boolean abbreviated = j > clauseStart && s.gapHas(j + 1, ")") && s.gapHas(j, "(") && s.headEndingAt(j - 1) != null;
        if (j < clauseStart || !abbreviated && s.gapHas(j + 1, HARD_STOPS)) {
            return null;
        }
        if (abbreviated) {
            j--;
        }
        Head head = s.headEndingAt(j);
        if (head == null) {
            head = describedBefore(s, j, clauseStart);
        }
        if (head == null || head.first() < clauseStart) {
            return null;
        }
        // "قتل 20 من قسد وأكد" : a name after a preposition is not the one speaking
        boolean afterPreposition = head.first() > 0 && lexicon.prepositions.contains(s.word(head.first() - 1));
        return afterPreposition ? null : coordinated(s, head, clauseStart);
    }

    /** "police and residents said": two unnamed sources joined by "and" before their verb speak together. */
    private static Head coordinated(SentenceView s, Head head, int clauseStart) {
        int and = head.first() - 1;
        if (head.kind() != Head.Kind.UNNAMED || and - 1 < clauseStart || !s.word(and).equals("and")
                || s.gapHas(and, HARD_STOPS)) {
            return head;
        }
        Head other = s.headEndingAt(and - 1);
        return other == null || other.kind() != Head.Kind.UNNAMED || other.first() < clauseStart ? head
                : new Head(Head.Kind.UNNAMED, null, other.first(), head.last(), other.start(), head.end());
    }

    /**
     * "Samangani said", "Mr Abubakar said", "NCS spokesman Umar Abubakar said": in English, a name the gazetteer does
     * not know, written in capitals right before the verb (up to {@link #MAX_NAME} words, a title such as Mr allowed
     * before it), is the speaker; null when there is none ("He said" is no name).
     */
    Subject latinNameBefore(SentenceView s, int verb, int clauseStart) {
        int verbAt = verb;
        while (verbAt - 1 > clauseStart && lexicon.skipBefore.contains(s.word(verbAt - 1))) {
            verbAt--; // "(NCoS) has said": the auxiliary is the verb's
        }
        Subject described = latinDescribedBefore(s, verbAt, clauseStart);
        if (described != null) {
            return described;
        }
        int acronym = verbAt - 1;
        if (acronym > clauseStart && isAcronym(s, acronym) && s.gapHas(verbAt, ")") && s.gapHas(acronym, "(")) {
            // "The Congolese armed forces (FARDC) reported": the name its acronym follows
            Subject named = latinDescribedAt(s, acronym - 1, verbAt, clauseStart);
            return named != null ? named : capitalsBefore(s, acronym, verbAt, clauseStart);
        }
        if (s.gapHas(verbAt, HARD_STOPS)) {
            return null;
        }
        if (s.gapHas(verbAt, COMMAS)) {
            return nameSetOffBefore(s, verbAt, clauseStart);
        }
        Subject name = capitalsBefore(s, verbAt, verbAt, clauseStart);
        return name != null ? name : speakerBeforePhrase(s, verbAt, clauseStart);
    }

    /**
     * "officials on both sides said Tuesday", "residents of the area said": an English speaker noun, then words in lower
     * case that describe it, right up to the verb; null when there is none.
     */
    private Subject speakerBeforePhrase(SentenceView s, int verbAt, int clauseStart) {
        for (int k = verbAt - 2; k >= Math.max(clauseStart, verbAt - 1 - MAX_DESCRIPTION); k--) {
            // "The army denied the report and said": the words before are another verb's
            if (s.gapHas(k + 1, HARD_STOPS + COMMAS) || capitalised(s, k + 1) || namesSpeech(cues.at(s, k + 1))) {
                return null;
            }
            if (lexicon.speakerHeads.contains(s.word(k))) {
                Subject described = latinDescribedAt(s, k, verbAt, clauseStart);
                int start = described != null ? described.start() : s.tokens.get(k).start();
                return new Subject(List.of(), start, s.tokens.get(verbAt - 1).end(), verbAt);
            }
        }
        return null;
    }

    /** The name in capitals ending before {@code end}, or the speaker it describes when it is a place after a preposition. */
    private Subject capitalsBefore(SentenceView s, int end, int verbAt, int clauseStart) {
        Subject name = nameInCapitalsBefore(s, end, clauseStart, verbAt);
        int first = name == null ? -1 : s.tokenAt(name.start());
        if (first > clauseStart && lexicon.prepositions.contains(s.word(first - 1))) {
            // "Officials in Kabul said": the place describes the speaker named before it
            return speakerBeforePlace(s, first - 1, end, verbAt, clauseStart);
        }
        return name;
    }

    /**
     * "Officials in Kabul said", "Medical staff at the Nasser hospital in Khan Younis said": the speaker noun a few words
     * before the preposition of the place, with what describes it, up to the verb; null when there is none.
     */
    private Subject speakerBeforePlace(SentenceView s, int preposition, int end, int verbAt, int clauseStart) {
        for (int k = preposition - 1; k >= Math.max(clauseStart, preposition - MAX_DESCRIPTION); k--) {
            if (s.gapHas(k + 1, HARD_STOPS + COMMAS)) {
                return null;
            }
            if (lexicon.speakerHeads.contains(s.word(k))) {
                int start = k;
                while (start - 1 >= clauseStart && k - start < MAX_DESCRIPTION && !s.gapHas(start, HARD_STOPS + COMMAS)
                        && !lexicon.functionWords.contains(s.word(start - 1))) {
                    start--;
                }
                return new Subject(List.of(), s.tokens.get(start).start(), s.tokens.get(end - 1).end(), verbAt);
            }
        }
        return null;
    }

    /** "..., said Sundarraj P., the inspector general": an English name in capitals right after its verb, or null. */
    Subject latinNameAfter(SentenceView s, int from, int limit) {
        int end = from;
        // "according to Dr. Fadumo Sheikh Ali": a title's full stop ends no name
        while (end < Math.min(limit, from + MAX_NAME) && capitalised(s, end) && !lexicon.functionWords.contains(s.word(end))
                && (end == from || !s.gapHas(end, HARD_STOPS + COMMAS) || isTitle(s, end - 1))) {
            end++;
        }
        return end > from ? new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), end) : null;
    }

    /** "A resident, Bello Kairu, said": a name in capitals set off by commas right before its verb, or null. */
    private Subject nameSetOffBefore(SentenceView s, int verbAt, int clauseStart) {
        Subject name = nameInCapitalsBefore(s, verbAt, clauseStart, verbAt);
        int first = name == null ? 0 : s.tokenAt(name.start());
        if (first > 0 && s.gapHas(first, COMMAS)) {
            return name;
        }
        // "Samuel Kassah, chairman of Bokkos LGA, told": a name that opens its clause, then its description
        for (int open = verbAt - 2; open > clauseStart && open >= verbAt - 1 - MAX_DESCRIPTION; open--) {
            if (s.gapHas(open, HARD_STOPS)) {
                return null;
            }
            if (s.gapHas(open, COMMAS)) {
                Subject opening = nameInCapitalsBefore(s, open, clauseStart, verbAt);
                return opening != null && s.tokenAt(opening.start()) == clauseStart ? opening : null;
            }
        }
        return null;
    }

    /**
     * The words in capitals (a name of up to {@link #MAX_NAME} of them) that end right before word {@code end}, with the
     * lower-case words that join them ("The Ministry of Defense": Ministry of Defense), or null.
     */
    private Subject nameInCapitalsBefore(SentenceView s, int end, int clauseStart, int stop) {
        int first = end;
        int capitals = 0;
        for (int j = end - 1; j >= clauseStart && capitals < MAX_NAME; j--) {
            if (capitalised(s, j) && !lexicon.functionWords.contains(s.word(j))) {
                first = j;
                capitals++;
            } else if (first < end && lexicon.nameConnectors.contains(s.word(j)) && !capitalised(s, j)) {
                continue; // joins the capitals after it to a capital before it, or to nothing: then it is left out
            } else {
                break;
            }
            if (s.gapHas(j, HARD_STOPS + COMMAS)) {
                if (j > clauseStart && isTitle(s, j - 1)) {
                    first = j - 1; // "Dr. Ibrahim Shinwari": the title's full stop ends no name
                }
                break;
            }
        }
        return first == end ? null : new Subject(List.of(), s.tokens.get(first).start(), s.tokens.get(end - 1).end(), stop);
    }

    /** A title shortened with a full stop right after it: a capital and at most three more letters ("Dr.", "Gen."). */
    private static boolean isTitle(SentenceView s, int i) {
        String original = s.text.original();
        int from = s.text.originalStart(s.tokens.get(i).start());
        int to = s.text.originalEnd(s.tokens.get(i).end());
        return to - from <= 4 && Character.isUpperCase(original.charAt(from)) && to < original.length()
                && original.charAt(to) == '.' && !s.gapHas(i + 1, COMMAS);
    }

    /** Words of an English description before its speaker noun: "a Taliban provincial spokesman". */
    private static final int MAX_DESCRIPTION = 5;

    /**
     * "a Taliban provincial spokesman said", "The Congolese army said": an English speaker noun (speaker-heads.txt)
     * right before the verb, with the words that describe it back to its article.
     */
    private Subject latinDescribedBefore(SentenceView s, int verbAt, int clauseStart) {
        if (s.gapHas(verbAt, HARD_STOPS + COMMAS)) {
            return null;
        }
        return latinDescribedAt(s, verbAt - 1, verbAt, clauseStart);
    }

    /** A speaker noun at {@code noun} with the words that describe it back to its article, speaking at {@code verbAt}. */
    private Subject latinDescribedAt(SentenceView s, int noun, int verbAt, int clauseStart) {
        if (noun < clauseStart || !lexicon.speakerHeads.contains(s.word(noun))) {
            return null;
        }
        for (int j = noun - 1; j >= Math.max(clauseStart, noun - MAX_DESCRIPTION); j--) {
            if (s.gapHas(j + 1, HARD_STOPS + COMMAS) && !initial(s, j)) {
                return null;
            }
            if (lexicon.articles.contains(s.word(j)) || possessive(s, j)) {
                // "The Congolese army said", "Pakistan's military said"
                return new Subject(List.of(), s.tokens.get(j).start(), s.tokens.get(noun).end(), verbAt);
            }
        }
        return null;
    }

    /** A capital letter alone, whose full stop marks an initial: "The U.N. human rights office said". */
    private static boolean initial(SentenceView s, int i) {
        return s.word(i).length() == 1 && capitalised(s, i);
    }

    /** An English word with its possessive 's, which determines the noun after it as an article does ("Pakistan's"). */
    private static boolean possessive(SentenceView s, int i) {
        String original = s.text.original();
        int end = s.text.originalEnd(s.tokens.get(i).end());
        return end + 1 < original.length() && (original.charAt(end) == '\'' || original.charAt(end) == '’')
                && original.charAt(end + 1) == 's' && Character.isUpperCase(original.charAt(s.text.originalStart(
                s.tokens.get(i).start())));
    }

    /** A word of two to six letters, at least two of them capitals, the first one too: an acronym (FARDC, NCoS). */
    private static boolean isAcronym(SentenceView s, int i) {
        String original = s.text.original();
        int from = s.text.originalStart(s.tokens.get(i).start());
        int to = s.text.originalEnd(s.tokens.get(i).end());
        String word = original.substring(from, to);
        // "FARDC", "UNMISS", and mixed ones in brackets: "NCoS", "UNHCR"
        return word.length() >= 2 && word.length() <= 6 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter) && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean capitalised(SentenceView s, int i) {
        String original = s.text.original();
        int at = s.text.originalStart(s.tokens.get(i).start());
        return at < original.length() && Character.isUpperCase(original.charAt(at));
    }

    /** Words of a person's name set off by commas after the post he holds ("مفوض المقاطعة، جون أوتينو، إن"). */
    private static final int MAX_APPOSED_NAME = 4;

    /** Words an apposition between a speaker and its verb may take ("، وهي مجموعة مستقلة تتابع الأوضاع الصحية،"). */
    private static final int MAX_APPOSITION = 20;

    /**
     * "شبكة أطباء السودان، وهي مجموعة مستقلة ...، قالت إن"، "SNAI, the country's prison agency, said", "The ministry,
     * which runs the prisons, said": the speaker before an apposition set off by commas (opened by an apposition word,
     * apposition-openers.txt) right before the verb; a known speaker, or in English a name in capitals.
     */
    Subject beforeApposition(SentenceView s, int verb) {
        int verbAt = verb;
        while (verbAt > 2 && s.word(verbAt - 1).charAt(0) < 0x80 && lexicon.skipBefore.contains(s.word(verbAt - 1))) {
            verbAt--; // "Malek Merset, a spokesman for the emergency services, had earlier put the toll at"
        }
        if (verbAt < 2 || !s.gapHas(verbAt, COMMAS)) {
            return null;
        }
        for (int open = verbAt - 1; open > 0 && verbAt - open <= MAX_APPOSITION; open--) {
            if (s.gapHas(open + 1, APPOSITION_STOPS) || s.inFigure(open)) {
                return null;
            }
            if (!s.gapHas(open, COMMAS)) {
                continue;
            }
            if (!lexicon.appositionOpeners.contains(s.word(open))) {
                return null;
            }
            Head head = s.headEndingAt(open - 1);
            if (head != null) {
                return new Subject(List.of(head), head.start(), head.end(), verbAt);
            }
            if (s.word(open - 1).charAt(0) >= 0x80) {
                return null;
            }
            Subject name = capitalsBefore(s, open, verbAt, 0); // "Officials in Kabul, ..., said": the officials
            return name != null ? name : describedBeforeComma(s, open, verbAt);
        }
        return null;
    }

    /** The English relative pronoun of people. */
    private static final String WHO = "who";

    /**
     * "A security source who asked not to be named said": an English speaker right before a relative clause of "who"
     * that its verb follows with no comma (set off by commas, {@link #beforeApposition} reads it); null when none.
     */
    Subject beforeRelative(SentenceView s, int verbAt) {
        for (int who = verbAt - 1; who > 0 && verbAt - who <= MAX_APPOSITION; who--) {
            if (s.gapHas(who + 1, APPOSITION_STOPS + COMMAS) || s.inFigure(who)) {
                return null;
            }
            if (!s.word(who).equals(WHO)) {
                continue;
            }
            Head head = s.headEndingAt(who - 1);
            if (head != null) {
                return new Subject(List.of(head), head.start(), head.end(), verbAt);
            }
            Subject name = capitalsBefore(s, who, verbAt, 0);
            return name != null ? name : describedBeforeComma(s, who, verbAt);
        }
        return null;
    }

    /**
     * "A Somali military officer at the base, who asked not to be named ..., told": an English speaker noun a few words
     * before the aside's comma, with what describes it from its article to the comma; null when there is none.
     */
    private Subject describedBeforeComma(SentenceView s, int open, int verbAt) {
        for (int k = open - 1; k >= Math.max(0, open - 2 * MAX_DESCRIPTION); k--) {
            if (k < open - 1 && s.gapHas(k + 1, HARD_STOPS + COMMAS)) {
                return null;
            }
            if (lexicon.speakerHeads.contains(s.word(k))) {
                Subject described = latinDescribedAt(s, k, verbAt, 0);
                int start = described != null ? described.start() : s.tokens.get(k).start();
                return new Subject(List.of(), start, s.tokens.get(open - 1).end(), verbAt);
            }
        }
        return null;
    }

    /**
     * "وكانت وزارة الصحة قد أعلنت"، "لجان المقاومة أحصت"، "وكان مصدر حقوقي قد أفاد": a body the gazetteer does not
     * know, read from its head noun (speaker-heads.txt) or an unnamed source, at its clause's start or after كان/قد
     * (skip-before.txt) up to the verb, past no comma,
     * number or function word but a connector (وزارة الصحة في غزة); one word only when definite (الجيش أعلن).
     */
    Subject bodyBefore(SentenceView s, int verbAt, int clauseStart) {
        int j = verbAt - 1;
        while (j >= clauseStart && lexicon.skipBefore.contains(s.word(j))) {
            j--;
        }
        if (j < clauseStart || s.gapHas(j + 1, HARD_STOPS + COMMAS)) {
            return null;
        }
        Subject found = null;
        for (int k = j; k >= Math.max(clauseStart, j - MAX_BODY + 1); k--) {
            String w = s.word(k);
            if (s.inFigure(k) || k < j && s.gapHas(k + 1, HARD_STOPS + COMMAS)
                    || lexicon.functionWords.contains(w) && !lexicon.connectors.contains(w)) {
                break;
            }
            boolean opensClause = k == clauseStart || lexicon.skipBefore.contains(s.word(k - 1));
            if (opensClause && lexicon.isSpeakerHead(w) && (k < j || w.startsWith("ال"))) {
                found = new Subject(List.of(), s.tokens.get(k).start(), s.tokens.get(j).end(), verbAt);
            } else if (opensClause && isUnnamed(s.headAt(k))) {
                // "وكان مصدر حقوقي قد أفاد": an unnamed source, with the words that describe it
                found = new Subject(List.of(s.headAt(k)), s.tokens.get(k).start(), s.tokens.get(j).end(), verbAt);
            }
        }
        return found;
    }

    /** "مصادر متطابقة من الحسكة أكدت": the speaker, maybe an adjective, a connector, a word or two, the verb. */
    /**
     * A speaker named before its verb, with the words that describe it up to the verb ("The Ministry of Defense said",
     * "وزارة الصحة في غزة قالت"), unless a mark parts them.
     */
    Subject withDescription(SentenceView s, Head head, int verbAt) {
        int end = head.last() + 1;
        for (int k = head.last() + 1; k <= verbAt && k < s.size(); k++) {
            if (s.gapHas(k, HARD_STOPS + COMMAS)) {
                end = head.last() + 1;
                break;
            }
            if (k < verbAt && lexicon.skipBefore.contains(s.word(k))) {
                break; // "وكانت الوزارة قد أعلنت": قد is the verb's
            }
            end = Math.max(end, k);
        }
        return new Subject(List.of(head), head.start(), s.tokens.get(end - 1).end(), verbAt);
    }

    /**
     * "مصدر طبي في مستشفى الهارثة العام أكد": the speaker before its verb, described by the place it is in (a
     * connector a few words before the verb, the head right before the connector), or null.
     */
    private Head describedBefore(SentenceView s, int j, int clauseStart) {
        for (int k = j; k > j - MAX_PLACE_BEFORE && k > clauseStart; k--) {
            if (s.gapHas(k + 1, HARD_STOPS) || !lexicon.connectors.contains(s.word(k))) {
                continue;
            }
            for (int h = k - 1; h >= Math.max(clauseStart, k - 2); h--) {
                if (s.headEndingAt(h) != null) {
                    return s.headEndingAt(h);
                }
            }
        }
        return null;
    }

    private boolean stops(SentenceView s, int i, int from, boolean verb, String stopWord) {
        String w = s.word(i);
        return s.inFigure(i)
                || (i > from && s.gapHas(i, HARD_STOPS) && !isTitle(s, i - 1))
                || lexicon.complementizers.contains(w)
                || (verb && (isStatementNoun(w) || isHearerWord(s, i)))
                || w.equals(stopWord)
                || (i > from && namesSpeech(cues.at(s, i)));
    }

    /** A cue that says something was said: not one of the phrases that hold a cue word and name no one (ذكر اسمه). */
    private static boolean namesSpeech(Cue cue) {
        return cue != null && cue.kind() != CueKind.NONE;
    }

    /**
     * The first word from {@code from} on (before {@code limit}) past a tally or statement and the words that describe
     * it or say who gave it ("حصيلة جديدة"، "تصريح أدلى به"; statement-adjectives.txt), or {@code from} when none opens
     * there.
     */
    private int pastStatement(SentenceView s, int from, int limit) {
        int lead = from;
        while (lead < limit && (isTallyOrStatement(s.word(lead))
                || lead > from && lexicon.statementAdjectives.contains(s.word(lead)))) {
            lead++;
        }
        return lead;
    }

    private boolean isTallyOrStatement(String w) {
        return lexicon.tallyWords.contains(w) || isStatementNoun(w);
    }

    private boolean isStatementNoun(String w) {
        return lexicon.statementNouns.contains(w) || lexicon.statementNouns.contains(unprefixed(w));
    }

    /** "لـ" standing alone, or ل glued to an outlet noun (لوكالة، لموقع): the hearer follows. */
    private boolean isHearerWord(SentenceView s, int i) {
        String w = s.word(i);
        // ل on a definite noun writes its article's alif away: للصحافيين is ل + الصحافيين
        boolean lam = w.equals("ل") || (w.startsWith("ل") && lexicon.mediaNouns.contains(w.substring(1)))
                || (w.startsWith("لل") && lexicon.mediaNouns.contains("ا" + w.substring(1)));
        return lam && (i == 0 || !lexicon.connectors.contains(s.word(i - 1)));
    }

    /** Heads describe one speaker only while joined directly or by a connector (في، باسم، من). */
    private boolean joins(SentenceView s, List<Head> heads, Head head, int from) {
        if (heads.isEmpty()) {
            // "وفق تصريح أدلى به محافظ الإقليم": the statement and the words of who gave it are no lead of the name
            return head.first() - pastStatement(s, from, head.first()) < MAX_LEAD;
        }
        int gapStart = heads.get(heads.size() - 1).last() + 1;
        int gap = head.first() - gapStart;
        if (gap == 0) {
            return true;
        }
        return gap <= MAX_GAP && (lexicon.connectors.contains(s.word(head.first() - 1))
                || titleEndsAt(s, heads.get(heads.size() - 1).last(), head.first() - 1)); // "الناطق الرسمي لوزارة"
    }

    /** The hearer of a verb: a name glued to ل (لرويترز، للمرصد) or after a lone ل, unless a connector precedes. */
    private boolean isHearer(SentenceView s, Head head, int from) {
        int t = head.first();
        String glued = s.folded.substring(s.tokens.get(t).start(), head.start());
        boolean behindLam = glued.endsWith("ل")
                || (glued.isEmpty() && s.word(t).startsWith("لل"))
                || (glued.isEmpty() && t > from && s.word(t - 1).equals("ل"));
        if (!behindLam) {
            return false;
        }
        int before = glued.isEmpty() && t > from && s.word(t - 1).equals("ل") ? t - 2 : t - 1;
        if (before >= from && head.kind() == Head.Kind.ENTITY && !AGENCY.equals(head.entity().type())
                && titleEndsAt(s, from, before)) {
            return false; // "وقال الناطق الرسمي لوزارة الصحة العامة والسكان إن": the ministry's spokesman
        }
        return before < from || !lexicon.connectors.contains(s.word(before));
    }

    /** Whether words [from, end] are a speaker's title and the adjectives after it ("الناطق الرسمي"، "المتحدث"). */
    private boolean titleEndsAt(SentenceView s, int from, int end) {
        int k = end;
        while (k > from && lexicon.isStatementAdjective(s.word(k))) {
            k--;
        }
        return k == from && lexicon.isSpeakerHead(s.word(k));
    }

    /**
     * A speaker not in the gazetteer ("قال شيخموس أحمد إن"): a few words, none a function word,
     * directly followed by the reported content. Only after a verb, where the grammar says it is the subject.
     */
    private Subject unknownName(SentenceView s, int from, int stop) {
        // followed by what was said, or closing the sentence ("، وفق ما أفاد به مؤتمر الجزيرة.")
        boolean closed = stop < s.size() && lexicon.complementizers.contains(s.word(stop))
                || stop == s.size() && stop > from && !s.inFigure(stop - 1)
                // "وقال عميد بلدية الزاوية لوكالة فرانس برس:": the one told follows who spoke
                || stop < s.size() && stop > from && (isHearerWord(s, stop) || isGluedHearer(s, stop))
                // "وقال القائممقام عباس الحلفي: «...»": a colon opens what was said
                || stop < s.size() && stop > from && s.gapHas(stop, ":");
        if (closed && from < stop && lexicon.isSpeakerHead(s.word(from))) {
            return describedBody(s, from, stop);
        }
        int end = nameWords(s, from, stop);
        // "قالت الحكومة الشهر الماضي إن": words of time between the name and what was said are not the name
        boolean timesAfter = end > from && allFunctionWords(s, end, stop);
        // "قال أحد السكان، وهو مزارع، إن": an apposition set off by commas between the name and what was said
        // "وقال مفوض المقاطعة، جون أوتينو، إن": or the name of the one whose post it is
        boolean asideAfter = end > from && end < stop && s.gapHas(end, COMMAS) && s.gapHas(stop, COMMAS)
                && (lexicon.appositionOpeners.contains(s.word(end))
                    || stop - end <= MAX_APPOSED_NAME && nameWords(s, end, stop) == stop);
        if (!closed || stop - from < 1 || end - from > MAX_NAME || end < stop && !timesAfter && !asideAfter) {
            return none(stop);
        }
        return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), stop);
    }

    /**
     * "أعلنت وزارة الدفاع مقتل ...": without إن the body's name is its head and the definite words that make
     * up the construct after it (الدفاع، الصحة الفلسطينية، التابعة للحكومة); the first indefinite word (مقتل)
     * begins what was announced.
     */
    private int definiteChainEnd(SentenceView s, int from, int limit) {
        int max = Math.min(limit, from + MAX_BODY);
        int end = from + 1;
        while (end < max && chainWord(s, end)) {
            if (definite(s, end) || s.word(end).startsWith("وال") && s.word(end - 1).startsWith("لل")) {
                end++; // "المنسقية العامة للنازحين واللاجئين": the و joins the complement, not another body
            } else if (end + 1 < max && chainWord(s, end + 1) && definite(s, end + 1)) {
                end += 2; // a construct: "مديرية أمن الزاوية"
            } else {
                break;
            }
        }
        return end;
    }

    private boolean chainWord(SentenceView s, int i) {
        return !s.gapHas(i, COMMAS) && !s.gapHas(i, HARD_STOPS) && !s.inFigure(i) && !isStatementNoun(s.word(i))
                && !lexicon.functionWords.contains(s.word(i)) && !lexicon.tollNouns.contains(s.word(i));
    }

    private static boolean definite(SentenceView s, int i) {
        return s.word(i).startsWith("ال") || s.word(i).startsWith("لل");
    }

    /** True when word {@code i} begins nothing that was said: the clause ends there, or a word of time follows. */
    private boolean nothingSaidAt(SentenceView s, int i, int limit) {
        return i >= limit || s.gapHas(i, COMMAS) || s.gapHas(i, HARD_STOPS) || lexicon.functionWords.contains(s.word(i));
    }

    /** ل glued to a name after the speaker ("لقناة الجزيرة", "لرويترز"): who was told, not who spoke. */
    /** Whether who was told begins at word {@code i}: "لـ" alone, or ل glued to an outlet ("لرويترز"، "للأناضول"). */
    boolean hearerAt(SentenceView s, int i) {
        return isHearerWord(s, i) || isGluedHearer(s, i);
    }

    private boolean isGluedHearer(SentenceView s, int i) {
        String w = s.word(i);
        Head head = s.headAt(i);
        boolean agency = head != null && head.entity() != null && AGENCY.equals(head.entity().type());
        // "للجزيرة نت"، "للأناضول": ل with the article before a news outlet is who was told, as "لرويترز" is
        return w.length() > 2 && w.startsWith("ل")
                && (!w.startsWith("لل") && lexicon.mediaNouns.contains(w.substring(1)) || agency);
    }

    /**
     * "في بيان", "بيان", "في أحدث حصيلة لها", "في آخر بيان": the words that say how it was said, not who said it.
     */
    private boolean opensStatement(SentenceView s, int i, int stop) {
        return isStatementNoun(s.word(i))
                || (s.word(i).equals("في") && i + 1 < stop && isTallyOrStatement(s.word(i + 1)));
    }

    /** The first complementizer (إن، أن) after {@code from} before {@code end} and before any hard stop, or -1. */
    private int complementizerAfter(SentenceView s, int from, int end) {
        for (int i = from + 1; i < end; i++) {
            if (s.gapHas(i, HARD_STOPS) || s.inFigure(i) || countsAfterAnIndefinite(s, i)) {
                return -1;
            }
            if (lexicon.complementizers.contains(s.word(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "أعلن الجيش مقتل 5 جنود، قبل أن يرتفع العدد إلى 7": a number after an indefinite word is a figure (another
     * one than the figure at hand), never part of who speaks; after a definite one it labels it ("قائد اللواء 105").
     */
    private static boolean countsAfterAnIndefinite(SentenceView s, int i) {
        return Character.isDigit(s.word(i).charAt(0)) && i > 0 && !s.word(i - 1).startsWith("ال");
    }

    /**
     * Where a description after an unnamed title ends when no إن follows: at a comma, a stop, a figure, a cue,
     * or the words that say how it was said; -1 when the sentence goes on past {@link #MAX_BODY} words, where
     * the words are more likely what was said than who said it.
     */
    private int descriptionEnd(SentenceView s, int from, int limit) {
        int end = from + 1;
        // "وذكرت الهيئة في بيان تلقته وكالة الأنباء العراقية (واع)، أن": up to how it was said
        while (end < limit && !s.gapHas(end, COMMAS) && !s.gapHas(end, HARD_STOPS) && !stops(s, end, from, true, null)
                && !isGluedHearer(s, end) && !announced(s, end) && !opensStatement(s, end, limit)
                && !lexicon.tollNouns.contains(s.word(end))) {
            if (end - from >= MAX_BODY) {
                return -1;
            }
            end++;
        }
        return end;
    }

    /** A function word that is no connector of a name (مقتل، القبض، إصابة): what was said begins there. */
    private boolean announced(SentenceView s, int i) {
        String w = s.word(i);
        String bare = w.length() > 3 && "بلوف".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
        return (lexicon.functionWords.contains(w) || lexicon.functionWords.contains(bare))
                && !lexicon.connectors.contains(w);
    }

    /**
     * A body not in the gazetteer, named by its head noun and what describes it ("وزارة الصحة التابعة لجماعة
     * الحوثيين", "قيادة الشرطة في المحافظة"), up to a comma: "قالت وزارة الصحة، السبت، إن" names the ministry,
     * the day after the comma is not part of it.
     */
    private Subject describedBody(SentenceView s, int from, int stop) {
        int end = describedBodyEnd(s, from, stop);
        return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), stop);
    }

    /** Where {@link #describedBody} ends: at a comma, the words that say how it was said, or a hearer. */
    private int describedBodyEnd(SentenceView s, int from, int stop) {
        int end = from + 1;
        while (end < stop && end - from < MAX_DESCRIBED && !s.gapHas(end, COMMAS) && !opensStatement(s, end, stop)
                && !isHearerWord(s, end) && !isGluedHearer(s, end) && !lexicon.tollNouns.contains(s.word(end))) {
            end++;
        }
        while (end > from + 1 && lexicon.functionWords.contains(s.word(end - 1))) {
            end--; // "وأشار الجيش إلى أن": no name ends with a function word
        }
        return end;
    }

    /** After وفق or بحسب the first words name the source even when unknown ("بحسب معرفات التنظيم"). */
    private Subject namedAfterPreposition(SentenceView s, int from, int stop) {
        for (int k = from; k < Math.min(stop, from + 2); k++) {
            if (lexicon.tallyWords.contains(s.word(k)) || isStatementNoun(s.word(k))) {
                // "وفق معطيات وزارة الصحة": the tally of a body named after it; "بحسب حصيلة أولية", "وفق آخر
                // الأرقام": a tally that names nobody is the outlet's own count
                int owner = k + 1;
                while (owner + 1 < stop && lexicon.statementAdjectives.contains(s.word(owner))) {
                    owner++; // "وفق بيان جديد لهيئة الأركان": the statement's description, then its body
                }
                // "ووفق إحصائية أعدها مركز محلي"، "بحسب الحصيلة التي أعلنها رئيس الجمهورية"، "a tally compiled by"
                int linked = owner;
                while (owner + 1 < stop && lexicon.tallyLinks.contains(s.word(owner))) {
                    owner++;
                }
                if (owner > linked && owner + 1 < stop && namesSpeech(cues.at(s, owner))) {
                    owner++; // "التي أعلنها رئيس الجمهورية": who said it follows its verb
                }
                boolean named = owner < stop && isNameWord(s.word(owner)) && !lexicon.tallyWords.contains(s.word(owner))
                        && !isStatementNoun(s.word(owner));
                int end = !named ? owner : owner > linked ? nameWords(s, owner, Math.min(stop, owner + MAX_NAME))
                        : definiteChainEnd(s, owner, stop);
                if (owner > linked && end > owner) {
                    return new Subject(List.of(), s.tokens.get(owner).start(), s.tokens.get(end - 1).end(), stop);
                }
                // "بحسب إحصائية للدفاع المدني": the tally is of the body, the ل is the preposition of "of"; one word
                // will do where ل writes away a definite article ("في بيان للجيش")
                return end > owner + 1 || end == owner + 1 && s.word(owner).startsWith("لل")
                        ? new Subject(List.of(), s.tokens.get(owner).start(), s.tokens.get(end - 1).end(), stop,
                                glued(s.word(owner)))
                        : none(stop);
            }
        }
        if (lexicon.articles.contains(s.word(from)) && from + 1 < stop) {
            // "according to the local hospital"
            int end = nameWords(s, from + 1, Math.min(stop, from + 1 + MAX_NAME));
            return end > from + 1 ? new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), stop)
                    : none(stop);
        }
        if (isTitle(s, from)) {
            // "according to Dr. Fadumo Sheikh Ali, director of the hospital": a title and the name after it
            Subject named = latinNameAfter(s, from, stop);
            if (named != null) {
                return named;
            }
        }
        // "بحسب منظمة فرق صناع السلام المسيحية": a body's head noun takes its name after it
        int longest = lexicon.isSpeakerHead(s.word(from)) ? MAX_BODY : 2;
        int end = nameWords(s, from, Math.min(stop, from + longest));
        if (end == from) {
            return none(stop);
        }
        // "وفقاً لفرق الدفاع المدني": after وفقاً the ل is the preposition it takes, not part of the name
        return new Subject(List.of(), s.tokens.get(from).start(), s.tokens.get(end - 1).end(), stop,
                governsLam(s, from) ? glued(s.word(from)) : Subject.Glued.NONE);
    }

    /** Whether the word before word {@code i} takes a ل glued to it (وفقاً، حصيلة، بيان، أصدره ...). */
    private boolean governsLam(SentenceView s, int i) {
        return i > 0 && (lexicon.accordingWithLam.contains(s.word(i - 1)) || isTallyOrStatement(s.word(i - 1))
                || lexicon.statementAdjectives.contains(s.word(i - 1)));
    }

    /** A word without the ل glued to it: "لمدير" مدير، "للمتحدث" المتحدث. */
    private static String shed(String word, Subject.Glued glued) {
        return switch (glued) {
            case NONE -> word;
            case LAM -> word.substring(1);
            case LAM_ARTICLE -> "ا" + word.substring(1);
        };
    }

    private static Subject glued(Subject subject, Subject.Glued glued) {
        return new Subject(subject.heads(), subject.start(), subject.end(), subject.stop(), glued);
    }

    /**
     * How a name after a word that takes ل sheds it: "لوزارة الصحة" is وزارة الصحة, "للدفاع المدني" الدفاع المدني,
     * "للجنة الإنقاذ" لجنة الإنقاذ; a head noun that starts with ل ("لجنة", "لجان") has none glued to it.
     */
    private Subject.Glued glued(String word) {
        if (word.length() <= 3 || !word.startsWith("ل") || lexicon.speakerHeads.contains(word)) {
            return Subject.Glued.NONE;
        }
        if (!word.startsWith("لل")) {
            return Subject.Glued.LAM;
        }
        // "للجنة الإنقاذ" is ل before لجنة, a noun whose name follows it
        return lexicon.speakerHeads.contains(word.substring(1)) ? Subject.Glued.LAM : Subject.Glued.LAM_ARTICLE;
    }

    private boolean allFunctionWords(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lexicon.functionWords.contains(s.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the run of name-like words from {@code from}, before {@code stop} and any comma. */
    private int nameWords(SentenceView s, int from, int stop) {
        int end = from;
        while (end < stop && isNameWord(s.word(end))
                && (end == from || !s.gapHas(end, COMMAS) && !lexicon.tollNouns.contains(s.word(end)))) {
            end++; // "بحسب نقابة موظفي السجون، التي أكدت": the name ends at the comma
        }
        return end;
    }

    private static Subject none(int stop) {
        return new Subject(List.of(), 0, 0, stop);
    }

    private boolean isNameWord(String w) {
        return !lexicon.functionWords.contains(w) && !Character.isDigit(w.charAt(0));
    }

    private static String unprefixed(String w) {
        return w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
    }
}
