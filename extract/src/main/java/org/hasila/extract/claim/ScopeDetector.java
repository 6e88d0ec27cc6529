package org.hasila.extract.claim;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.hasila.extract.time.DateMention;
import org.hasila.core.claim.Scope;

/**
 * A figure whose clause speaks of more than the incident (all the prisons of a region, a year, the
 * war since 2011) is WIDER; one whose clause recalls an earlier, different incident ("تفجير مماثل في تشرين
 * الأول الماضي", "العام الماضي") is EARLIER; any other is about the INCIDENT.
 */
final class ScopeDetector {

    /** How long before the document's day a date must have ended to be an earlier incident's. */
    private static final int EARLIER_DAYS = 60;
    /** Days before its report from which a date a relayed statement gives is of an earlier incident. */
    private static final int RELAYED_EARLIER_DAYS = 7;
    /** How long before the document's day a written date makes "since" a wider period. */
    private static final int SINCE_WIDER_DAYS = 7;
    /**
     * Words from "since" to the date that begins its period ("منذ اندلاع الاشتباكات في 15 أبريل"، "ومنذ بدء العملية
     * العسكرية الإسرائيلية في شمال الضفة الغربية في يناير الماضي").
     */
    private static final int SINCE_WORDS = 12;
    /**
     * Words of a clause of when that opens the sentence and governs all its clauses ("Last month,"، "وفي العام
     * الماضي،"، "وفي ديسمبر/كانون الأول 2022،": a month named twice and its slash).
     */
    private static final int MAX_OPENING = 6;
    /** Words of a clause of when fronted before the figure's clause ("ففي عام 2019،"). */
    private static final int MAX_FRONTED = 6;
    /**
     * Words of a fronted phrase of when or where that opens with a preposition (fronted-openers.txt): "ومنذ اندلاع
     * النزاع بين القوات المسلحة السودانية وقوات الدعم السريع في نيسان/أبريل 2023،" names both sides of a war.
     */
    private static final int MAX_FRONTED_PHRASE = 18;

    private final Lexicons lexicons;

    ScopeDetector(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Words of the longest phrase of additions.txt. */
    private static final int MAX_ADDITION_WORDS = 3;

    /**
     * Whether the figure goes on with the figures before it in its sentence and shares their scope: one an addition
     * opens, or one of a clause of و or "while" and a word of what befell people that gives no date of its own.
     */
    boolean goesOnWithTheFiguresBefore(SentenceView view, Candidate c, AsOfResolver.Dates dates) {
        return added(view, c) || coordinatedEvent(view, c) && !datedClause(view, c, dates);
    }

    /** Whether the figure's clause gives a date of its own ("بينما قتل 12 شخصاً أمس"): it tells its own incident. */
    private static boolean datedClause(SentenceView view, Candidate c, AsOfResolver.Dates dates) {
        List<Word> words = view.words();
        int from = words.get(view.clauseStart(c.first)).start();
        int to = words.get(view.clauseEnd(c.last) - 1).end();
        return dates.mentions().stream().anyMatch(d -> d.start() >= from && d.start() < to);
    }

    /**
     * "وثقت منذ مطلع العام مقتل 63 ...، ثلثهم من الأطفال، إضافة إلى 210 حالات اعتقال": a number an addition opens
     * (additions.txt) goes on with the figures before it, however far.
     */
    private boolean added(SentenceView view, Candidate c) {
        return lexicons.additions().endsAt(view.words(), c.first, MAX_ADDITION_WORDS);
    }

    /**
     * "ففي مايو 2022، أسفرت معارك عن مقتل جندي وأكثر من 10 مسلحين، ونزوح ما يزيد على 10 آلاف شخص": a clause that
     * opens with و and a word of what befell people, a few words before the number, goes on with the list before it;
     * so does one that opens with و and a verb of causing it ("أودى بحياة أكثر من 2600 شخص ...، وتسبب في نزوح نحو 670
     * ألفا") or with a word of "while" (going-on-openers.txt: "منذ عام 2016، فيما نزح مئات الآلاف").
     */
    private boolean coordinatedEvent(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        int k = view.clauseStart(c.first);
        while (k < c.first && words.get(k).isPunct()) {
            k++;
        }
        if (k == 0 || k >= c.first || c.first - k > MAX_ADDITION_WORDS + 1) {
            return false;
        }
        boolean and = words.get(k).text().startsWith("و");
        if (and && lexicons.kinds().at(words, k) != null) {
            return true;
        }
        // the word of "while" may open the clause or close the one before it, as a break
        PhraseLexicon.Hit<Boolean> opener = lexicons.goingOnOpeners().at(words, k);
        int from = opener != null ? opener.to() : lexicons.goingOnOpeners().endsAt(words, k, 1) ? k : and ? k + 1 : -1;
        if (from < 0) {
            return false;
        }
        for (int j = from; j < c.first; j++) {
            if (lexicons.kinds().at(words, j) != null) {
                return true;
            }
        }
        return false;
    }

    Scope scope(SentenceView view, Candidate c, AsOfResolver.Dates dates) {
        List<Word> words = view.words();
        BitSet compared = comparisons(view);
        if (describesTheCompared(view, c, compared)) {
            return Scope.EARLIER;
        }
        int start = view.clauseStart(c.first);
        int end = view.clauseEnd(c.last);
        // the period of a figure may follow the clause of its breakdown; what happened earlier to those it counts
        // may too ("بينهم نحو 700 فتى، غالبيتهم ممن قبض عليهم ... عام 2019"), so only a wider period is read there
        int periodEnd = pastItsBreakdown(view, end);
        // "ففي العام الماضي، قُتل 26"، "Since January 1, more than 180 ...": a short clause of when, fronted
        int fronted = start > 1 ? clauseBefore(view, start) : start;
        // "هاجمت في أكتوبر الماضي قرية، ما أسفر عن مقتل 124": a clause of the result is its cause's
        boolean result = start < end && lexicons.resultOpeners().startsAt(words, start)
                || tallyGoesOn(view, start, end);
        // a result names no cause of its own: it is the sentence's, however many clauses describe the cause ("وتشهد مالي
        // منذ 2012 أعمال عنف ...، امتدت إلى النيجر، أودت بحياة آلاف")
        int when = result ? 0 : fronted < start && start - fronted <= MAX_FRONTED ? fronted : start;
        // "وكانت الحرب، التي اندلعت في 8 تشرين الأول 2023، قد أودت بحياة"، "The insurgency, which began in 2009, has
        // killed": a relative clause set off by commas between the subject and its verb describes the subject; the
        // figure's clause begins with the subject
        int described = subjectBeforeItsAside(view, when);
        if (described >= 0) {
            when = described;
        }
        // "وارتفع عدد الشهداء ... منذ بدء الحرب، ممن أعلن عن هوياتهم، إلى 75 شهيداً": the figure a toll rose to is
        // the rising clause's, however many asides stand between
        int rose = risenFrom(view, start);
        if (rose >= 0 && rose < when) {
            when = rose;
        }
        // "In the previous attack on the area, 19 people were killed", "وفي هجوم مماثل على المنطقة العام الماضي، قتل":
        // a longer phrase of when or where, fronted (it opens with في، خلال، in, during: fronted-openers.txt)
        if (when == start && fronted < start && start - fronted <= MAX_FRONTED_PHRASE
                && lexicons.frontedOpeners().startsAt(words, fronted)) {
            when = fronted;
        }
        // "تصعيد منذ مطلع الشهر، قتل خلاله 70": a clause that points back (خلاله) takes the period named before it;
        // "ويأتي القصف بعد يومين من هجوم على السوق، قُتل فيه 30": and the incident the clause before recalls
        boolean back = !lexicons.backReferences().all(words, start, end).isEmpty();
        int from = back ? 0 : when;
        if (back) {
            when = fronted;
            // "أودى بحياة 20 شخصاً، بينهم 18 امرأة، وأُصيب فيه 15 آخرون": past the breakdown to what it breaks down
            int opener = skipMarks(words, fronted);
            if (fronted > 1 && opener < start && lexicons.subsetMarkers().startsAt(words, opener)) {
                when = view.clauseStart(fronted - 2);
            }
        }
        // "Last month, an attack on a camp in Boulkessi, near the border, killed more than 30": a short clause of when
        // opening the sentence governs all of it
        int heading = headingEnd(words);
        boolean headed = heading > 0 && heading < start;
        int opening = headed ? heading : view.clauseEnd(0);
        if (when > 0 && (opening <= MAX_OPENING || headed) && opening < start
                && (!lexicons.earlierIncident().all(words, 0, opening).isEmpty()
                    || wider(words, 0, opening, compared)
                    || overAMonthOrYear(words, 0, opening, dates)
                    || datedBefore(words, 0, opening, dates, EARLIER_DAYS, compared))) {
            // "In April, gunmen killed 12 people": so does a month or a day well before the report
            when = 0;
            from = 0;
        }
        if (wider(words, from, periodEnd, compared)
                || sinceADate(words, when, periodEnd, dates, c, compared)
                || overAMonthOrYear(words, when, periodEnd, dates)
                || overMonthsOrYears(words, when, periodEnd, compared)) {
            return Scope.WIDER;
        }
        // "ولم تكن هذه الحادثة الأولى من نوعها؛ ففي يوليو 2013 هاجم مسلحون ...": what follows recalls another
        if (!lexicons.recallOpeners().all(words, 0, when).isEmpty()) {
            return Scope.EARLIER;
        }
        // "بعد أقل من شهرين من تفجيري كنيستين، اللذين راح ضحيتهما 45 شخصا": a relative clause set off by a comma
        // describes what the clause before names, as the incident that clause recalls
        int opens = skipMarks(words, start);
        // (or that clause's date, well before the report: "surpassed the October 2007 bombing in Karachi ..., which
        // killed 139 people")
        if (start > 1 && opens < c.first && lexicons.relativePronouns().startsAt(words, opens)
                && (!lexicons.earlierIncident().all(words, clauseBefore(view, start), start).isEmpty()
                    || datedBefore(words, clauseBefore(view, start), start, dates, EARLIER_DAYS, compared))) {
            return Scope.EARLIER;
        }
        // "إذ قُتل 20 شخصاً، بينهم 18 امرأة، في شباط الماضي": a phrase of when right after the breakdown is the figure's
        int earlierEnd = periodEnd > end && lexicons.frontedOpeners().startsAt(words, skipMarks(words, clauseAfter(view, end)))
                ? periodEnd : end;
        if (recallsEarlier(words, when, earlierEnd, compared)
                || datedBefore(words, when, earlierEnd, dates, EARLIER_DAYS, compared)) {
            return Scope.EARLIER;
        }
        // "وكان المرصد السوري قد رصد في 14 نيسان مقتل 3 أطفال ... في قرية عقيربات" in a report of the 23rd: a statement
        // relayed as told a week or more before names an incident of its own
        if (PastStatements.toldBefore(lexicons, words)
                && datedBefore(words, when, earlierEnd, dates, RELAYED_EARLIER_DAYS, compared)) {
            return Scope.EARLIER;
        }
        return setByAWhenClause(view, c, dates) ? Scope.EARLIER : Scope.INCIDENT;
    }

    /** Words of a roundup item's heading, its marks counted ("كارانديرو (البرازيل، 1992):"). */
    private static final int MAX_HEADING = 10;

    /**
     * Where a roundup item's heading ends, the colon that closes the sentence's first words ("كارانديرو (البرازيل،
     * 1992): اقتحمت الشرطة ..."), or -1: the heading governs the item as an opening clause of when does.
     */
    private static int headingEnd(List<Word> words) {
        for (int k = 1; k < Math.min(words.size(), MAX_HEADING); k++) {
            if (words.get(k).text().equals(":")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "أما أقدم هذه الهجمات فيعود إلى أبريل/نيسان 2002، حين فجر انتحاري شاحنة ...، فقتل 21 شخصا": a clause of when
     * (when-openers.txt) right after the last date before the number, one well before the report: the clauses that go on
     * from it tell what happened then.
     */
    private boolean setByAWhenClause(SentenceView view, Candidate c, AsOfResolver.Dates dates) {
        LocalDate reference = dates.reference();
        List<Word> words = view.words();
        if (reference == null || c.first >= words.size()) {
            return false;
        }
        int from = view.sentence().start();
        int numberStart = words.get(c.first).start();
        DateMention last = null;
        for (DateMention d : dates.mentions()) {
            if (d.start() >= from && d.end() <= numberStart && (last == null || d.start() > last.start())) {
                last = d;
            }
        }
        if (last == null || last.date() == null || !lastDay(last).isBefore(reference.minusDays(EARLIER_DAYS))) {
            return false;
        }
        int k = skipMarks(words, Words.indexAt(words, last.end()));
        return k < c.first && lexicons.whenOpeners().startsAt(words, k);
    }

    /** Words before a phrase of an earlier time in which the beginning it dates may end ("بدأت في 27 آب الماضي"). */
    private static final int START_REACH = 5;

    /**
     * Whether a phrase of an earlier incident stands in [from, to), other than the date an operation began ("خلال
     * العملية التي بدأت في 27 آب/أغسطس الماضي", operation-starts.txt): that is when the incident the report tells began.
     */
    private boolean recallsEarlier(List<Word> words, int from, int to, BitSet compared) {
        for (PhraseLexicon.Hit<Boolean> hit : lexicons.earlierIncident().all(words, from, to)) {
            if (!compared.get(hit.from()) && !afterAStart(words, hit.from())
                    && !RisenTolls.inTheIncidentsClause(lexicons, words, hit.from())) {
                return true;
            }
        }
        return false;
    }

    private boolean afterAStart(List<Word> words, int at) {
        for (int k = at; k >= Math.max(1, at - START_REACH); k--) {
            if (lexicons.operationStarts().endsAt(words, k, 2)) {
                return true;
            }
            if (k < at && words.get(k).isPunct() && !words.get(k).text().equals("/")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words before "since" in which a superlative makes it a comparison ("الأعنف منذ"، "the deadliest attack on
     * civilians in Kashmir since").
     */
    private static final int COMPARISON_WORDS = 6;

    /**
     * The words of each comparison with the past ("الهجوم الأعنف منذ سنوات"، "the deadliest attack in the region
     * since 2000", superlatives.txt), from its "since" to the end of its clause or {@value #SINCE_WORDS} words: they
     * open no period that a figure counts over, and the date they name is no earlier incident's.
     */
    private BitSet comparisons(SentenceView view) {
        List<Word> words = view.words();
        BitSet compared = new BitSet(words.size());
        for (int k = 1; k < words.size(); k++) {
            if (!opensAPeriod(words.get(k)) || !superlativeBefore(view, k)) {
                continue;
            }
            int end = Math.min(view.clauseEnd(k), k + SINCE_WORDS);
            compared.set(k, Math.max(k + 1, end));
        }
        return compared;
    }

    /**
     * Whether the figure stands in a clause describing what a comparison compares with ("the deadliest attack on
     * civilians in India since the 2008 Mumbai attacks, in which 166 people were killed"، "الأعلى منذ الهجوم الكيميائي
     * على الغوطة عام 2013، الذي أودى بحياة أكثر من 1400 شخص"، "منذ أغسطس 2011، حين قُتل 30 عسكرياً"): an earlier
     * incident's.
     */
    private boolean describesTheCompared(SentenceView view, Candidate c, BitSet compared) {
        List<Word> words = view.words();
        for (int k = compared.nextSetBit(0); k >= 0 && k < c.first; k = compared.nextSetBit(k + 1)) {
            if (!opensAPeriod(words.get(k))) {
                continue;
            }
            for (int j = k + 1; j < c.first; j++) {
                if (lexicons.relativePronouns().startsAt(words, j) || lexicons.whenOpeners().startsAt(words, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean superlativeBefore(SentenceView view, int since) {
        List<Word> words = view.words();
        for (int k = since - 1; k >= 0 && k >= since - COMPARISON_WORDS; k--) {
            // "أكبر عدد من النازحين الذين فروا منذ بداية الحرب": a clause of its own between counts since then
            if (words.get(k).isPunct() || lexicons.relativePronouns().startsAt(words, k)) {
                return false;
            }
            PhraseLexicon.Hit<Boolean> hit = lexicons.superlatives().at(words, k);
            if (hit != null && hit.to() <= since) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase of a wider scope stands in [from, to): not one of sheltering whose people follow it by their noun
     * ("مدرسة الفلاح التي تؤوي نازحين": what the place is, not a population it counts).
     */
    private boolean wider(List<Word> words, int from, int to, BitSet compared) {
        for (PhraseLexicon.Hit<Boolean> hit : lexicons.widerScope().all(words, from, to)) {
            if (compared.get(hit.from())) {
                continue;
            }
            PhraseLexicon.Hit<KindCue> next = hit.to() < words.size() ? lexicons.kinds().at(words, hit.to()) : null;
            if (hit.value() && (next == null || !next.value().status())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "...، فيما تخطى عدد الجرحى 620": a clause opened by a word of result or contrast (فيما، بينما: a boundary of its own)
     * that counts with a noun of a tally (tally-nouns.txt) goes on with the sentence's count.
     */
    private boolean tallyGoesOn(SentenceView view, int start, int end) {
        List<Word> words = view.words();
        return start > 0 && start < end && !words.get(start - 1).isPunct()
                && lexicons.resultOpeners().startsAt(words, start - 1) && !lexicons.tallyNouns().all(words, start, end).isEmpty();
    }

    /**
     * The first word of the clause before the aside that ends right before the clause at {@code start}, when that aside
     * opens with a relative or apposition word (apposition-openers.txt: التي، الذي، which); -1 otherwise.
     */
    private int subjectBeforeItsAside(SentenceView view, int start) {
        if (start < 2) {
            return -1;
        }
        int aside = view.clauseStart(start - 2);
        int opener = skipMarks(view.words(), aside);
        if (aside < 2 || opener >= start || !lexicons.appositionOpeners().startsAt(view.words(), opener)) {
            return -1;
        }
        return view.clauseStart(aside - 2);
    }

    /**
     * The first word of the clause whose toll rose to the figure of the clause at {@code start}, when that clause opens
     * with the "to" of a progression ("، إلى 75 شهيداً") and a word of rising opens a clause before it; -1 otherwise.
     */
    private int risenFrom(SentenceView view, int start) {
        List<Word> words = view.words();
        int first = skipMarks(words, start);
        PhraseLexicon.Hit<String> to = first < words.size() ? lexicons.progressions().at(words, first) : null;
        if (start == 0 || to == null || !"to".equals(to.value())) {
            return -1;
        }
        for (int k = start - 1; k >= 0; k--) {
            if (lexicons.updateCues().startsAt(words, k)) {
                return view.clauseStart(k);
            }
        }
        return -1;
    }

    /**
     * "مقتل 53 مدنياً، بينهم 17 طفلاً، جراء هجمات ... منذ بداية العام": a clause of the figure's breakdown set off by
     * commas, and the clause after it, which goes on describing the figure.
     */
    private int pastItsBreakdown(SentenceView view, int end) {
        List<Word> words = view.words();
        int k = skipMarks(words, end);
        if (k == end || k >= words.size() || !lexicons.subsetMarkers().startsAt(words, k)) {
            return end;
        }
        int after = view.clauseEnd(k);
        int next = skipMarks(words, after);
        if (next <= after || next >= words.size() || reports(words, next)) {
            return end;
        }
        return view.clauseEnd(next);
    }

    /** Words at the start of a clause in which a "that" makes it a statement of its own ("لافتة إلى أن"). */
    private static final int STATEMENT_OPENING = 3;

    /**
     * Whether the clause at {@code start} opens a statement of its own ("، لافتة إلى أن فرق الإسعاف تمكنت من إجلاء 64
     * عائلة كانت عالقة في مناطق الاشتباكات"): what it tells is no period of the figures before it.
     */
    private boolean reports(List<Word> words, int start) {
        for (int k = start; k < Math.min(words.size(), start + STATEMENT_OPENING); k++) {
            if (lexicons.complementizers().startsAt(words, k)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause after the breakdown that follows {@code end} begins (its marks included). */
    private static int clauseAfter(SentenceView view, int end) {
        int k = skipMarks(view.words(), end);
        return k < view.words().size() ? view.clauseEnd(k) : end;
    }

    private static int skipMarks(List<Word> words, int i) {
        int k = i;
        while (k < words.size() && words.get(k).isPunct()) {
            k++;
        }
        return k;
    }

    /** Words a bracketed aside within a clause may hold ("(آذار)"، "(كانون الأول)"). */
    private static final int MAX_BRACKETED = 3;

    /**
     * The first word of the clause before the one at {@code start}, past a bracketed word it ends with ("في 15 مارس
     * (آذار) الماضي، الذي قُتل فيه 50": the month's other name in brackets is no clause of its own).
     */
    private static int clauseBefore(SentenceView view, int start) {
        int k = view.clauseStart(start - 2);
        List<Word> words = view.words();
        if (k > 1 && ")".equals(words.get(k - 1).text())) {
            for (int open = k - 2; open > 0 && open >= k - 1 - MAX_BRACKETED; open--) {
                if ("(".equals(words.get(open).text())) {
                    return view.clauseStart(open - 1);
                }
            }
        }
        return k;
    }

    /**
     * "In July 2019, at least 11 inmates escaped", "وفي عام 2021 قُتل": a date in the figure's clause (or the clause of
     * when fronted before it) that ended more than {@code days} before the day the document speaks from is an earlier
     * incident's.
     */
    private boolean datedBefore(List<Word> words, int start, int end, AsOfResolver.Dates dates, int days,
                                BitSet compared) {
        LocalDate reference = dates.reference();
        if (start >= end) {
            return false;
        }
        int from = words.get(start).start();
        int to = words.get(end - 1).end();
        if (reference == null) {
            return recalledInAnUndatedReport(from, to, dates);
        }
        LocalDate recent = reference.minusDays(days);
        for (DateMention d : dates.mentions()) {
            // a date may begin before the clause's first mark: "وفي يوليو (تموز) 2019، قتل"
            // a month alone that ended before the report's began ("In April," in June) dates no incident it reports
            LocalDate before = d.precision() == DateMention.Precision.MONTH && reference.withDayOfMonth(1).isAfter(recent)
                    ? reference.withDayOfMonth(1) : recent;
            if (d.date() != null && d.start() < to && d.end() > from && lastDay(d).isBefore(before)
                    && !nowAfter(words, d.end(), end) && !compared.get(Words.indexAt(words, d.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the present (now-words.txt) follows the date ending at offset {@code dateEnd} before word
     * {@code end}: "سجن ماكالا، الذي شُيّد عام 1957 ...، إذ يضم حاليا أكثر من 12 ألف سجين" counts who are held now.
     */
    private boolean nowAfter(List<Word> words, int dateEnd, int end) {
        for (int k = Words.indexAt(words, dateEnd); k < end; k++) {
            if (lexicons.nowWords().startsAt(words, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a report that gives no date of its own (wire copy whose dateline has no year: "ADEN, May 21 (Reuters) -"), a
     * month or a year written out with its year ("In January 2022, a Saudi-led coalition strike ... killed at least
     * 91") recalls an earlier incident: the report's own is told by its days ("on Wednesday").
     */
    private static boolean recalledInAnUndatedReport(int from, int to, AsOfResolver.Dates dates) {
        for (DateMention d : dates.mentions()) {
            if (d.date() != null && !d.relative() && d.precision() != DateMention.Precision.DAY && d.start() < to
                    && d.end() > from) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate lastDay(DateMention d) {
        return switch (d.precision()) {
            case DAY -> d.date();
            case MONTH -> d.date().plusMonths(1).minusDays(1);
            case YEAR -> d.date().plusYears(1).minusDays(1);
        };
    }

    /**
     * "منذ عام 2011"، "منذ 8 أكتوبر"، "since October 7", "منذ اندلاع الاشتباكات في 15 أبريل", "since the full-scale
     * invasion in February 2022", "Between 7 October 2023 and 7 November 2024": a period from a date written a few
     * words on.
     */
    private static boolean sinceADate(List<Word> words, int start, int end, AsOfResolver.Dates dates, Candidate c,
                                      BitSet compared) {
        for (int i = start; i + 1 < end; i++) {
            if (compared.get(i)) {
                continue;
            }
            boolean between = words.get(i).text().equals("between");
            // "between 2019 and 2023"، "بين عامي 2019 و2023": a period of years (Arabic بين, which also joins two
            // sides, "بين الجيش والدعم السريع", only before a year)
            if ((between || Stems.matches(words.get(i).text(), "بين")) && (i < c.first || i > c.last)
                    && (words.get(i + 1).isYear() || i + 2 < end && words.get(i + 2).isYear())) {
                return true;
            }
            if (!opensAPeriod(words.get(i)) && !between) {
                continue;
            }
            if (!between && (words.get(i + 1).isDigits() || i + 2 < end && words.get(i + 2).isDigits())) {
                return true;
            }
            for (int k = i + 1; k < Math.min(end, i + 1 + SINCE_WORDS); k++) {
                if (datedAt(words.get(k), dates)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "قُتل 73 ... خلال فبراير وحده"، "during March", "طوال عام 2024", "In 2021 alone": a count over a whole month or
     * year (a word of a period, period-openers.txt, right before a date of that precision, or a word that closes a
     * period, period-closers.txt, right after it) is wider than an incident.
     */
    private boolean overAMonthOrYear(List<Word> words, int start, int end, AsOfResolver.Dates dates) {
        for (int i = start; i + 1 < end; i++) {
            PhraseLexicon.Hit<Boolean> opener = lexicons.periodOpeners().at(words, i);
            boolean opens = opener != null && opener.to() < end;
            boolean closes = lexicons.periodClosers().startsAt(words, i + 1);
            if (!opens && !closes) {
                continue;
            }
            Word dated = words.get(opens ? opener.to() : i);
            for (DateMention d : dates.mentions()) {
                boolean there = opens ? d.start() >= dated.start() && d.start() < dated.end()
                        : d.end() > dated.start() && d.end() <= dated.end();
                if (d.precision() != DateMention.Precision.DAY && there) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words from a word of a period to the unit of its length ("خلال أكثر من 40 عاماً"). */
    private static final int PERIOD_LENGTH_WORDS = 4;

    /**
     * "مقتل نحو 40 ألف شخص خلال أكثر من 40 عاماً"، "over four decades"، "تمردا منذ ثلاثة عقود أودى بحياة": a count over
     * months, years or decades (a word of a period or "since", then a length in those units: long-periods.txt) is
     * wider than an incident, unless it compares ("الأعنف منذ ثلاثة عقود"); days are an incident's.
     */
    private boolean overMonthsOrYears(List<Word> words, int start, int end, BitSet compared) {
        for (int i = start; i < end; i++) {
            if (compared.get(i) || !lexicons.periodOpeners().startsAt(words, i) && !opensAPeriod(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(end, i + 1 + PERIOD_LENGTH_WORDS); j++) {
                if (lexicons.longPeriods().startsAt(words, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word is "since" (منذ, its proclitics aside): what follows starts a period that runs to the report. */
    static boolean opensAPeriod(Word word) {
        return Stems.matches(word.text(), "منذ") || word.text().equals("since");
    }

    /**
     * A date written out begins at the word, a week or more before the document's day: "منذ السابع من تشرين الأول
     * 2023" (not "منذ صباح اليوم", a relative day, nor a day of this week's incident).
     */
    private static boolean datedAt(Word word, AsOfResolver.Dates dates) {
        LocalDate reference = dates.reference();
        for (DateMention d : dates.mentions()) {
            if (d.relative() || d.start() < word.start() || d.start() >= word.end()) {
                continue;
            }
            // "since Oct. 7" in a report nothing dates: a date named without its year still opens a period
            if (d.date() == null ? reference == null && d.dayOfIncident() == null
                    : reference == null || d.date().isBefore(reference.minusDays(SINCE_WIDER_DAYS))) {
                return true;
            }
        }
        return false;
    }
}
