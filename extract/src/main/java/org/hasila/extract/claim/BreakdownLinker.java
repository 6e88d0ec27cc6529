package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;

/**
 * Links the numbers of a sentence into lists and breakdowns. A number joined to the one before by
 * a connector ("34 عنصراً ...، و61 من داعش، و7 مدنيين") shares its kind when it has no cue of its
 * own, whichever side the cue is on, or when its only cue lies beyond its clause while the list's lies within
 * it; a number marked as a part ("124 منهم"، "بينهم 7") belongs to
 * the nearest total before it, and the numbers listed after it belong to that total too.
 */
final class BreakdownLinker {

    static final int MAX_LIST_GAP = 10;
    /** Words of the longest subset marker or connector ("من بينهم"). */
    private static final int MARKER_WORDS = 3;
    /** "هم" and "وهم" (who they are) as folded words. */
    private static final Set<String> WHO_THEY_ARE = Set.of("هم", "وهم");

    private final Lexicons lexicons;

    BreakdownLinker(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Marks connections and parts; call before {@link #inheritKinds}. */
    void link(SentenceView view, List<Candidate> candidates) {
        List<Word> words = view.words();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            c.afterAPartWord = lexicons.subsetMarkers().endsAt(words, c.first, MARKER_WORDS);
            c.subset = subsetAfter(words, c) || c.afterAPartWord || placedShare(words, candidates, i);
            if (i == 0) {
                continue;
            }
            Candidate previous = candidates.get(i - 1);
            // "Two prison guards and a gendarme were killed": an English singular's article stands after the connector
            int opens = opens(words, c);
            c.connected = !c.subset && c.first - previous.last - 1 <= MAX_LIST_GAP
                    && (lexicons.connectors().endsAt(words, opens, MARKER_WORDS) || c.opensWithGluedAnd(words)
                    || serialComma(words, candidates, i, opens));
            if (c.connected && opensARange(words, previous)) {
                // "وتراوحت التقديرات بين 150 قتيلاً وفق مصدر أممي و600 وفق تقييم فرنسي": the two ends of a range of
                // estimates, not a list to add up
                c.connected = false;
            } else if (c.connected && rightAfterARise(words, previous, c)) {
                // "قبل أن ترتفع إلى 60 ثم إلى 93 و115 خلال الليل": the rise's next value, not a list's next part (no
                // noun between: "إلى 16 جندياً و5 مدنيين" is a list)
                c.connected = false;
                c.risenAgain = true;
            }
            if (c.subset) {
                c.total = totalBefore(candidates, i);
            } else if (c.connected && previous.total >= 0
                    && (c.kind == null || c.kind == candidates.get(previous.total).kind)
                    && !addedBesides(words, candidates.get(previous.total), c)) {
                // "181 قتيلاً، بينهم 124 ... و7 مدنيين": the list goes on; "، إضافة إلى 68 جريحاً" counts something else
                c.total = previous.total;
            }
        }
    }

    /**
     * "280 مدنياً، بينهم 43 طفلاً، إضافة إلى نحو 1500 مقاتل": a number added besides (additions.txt) a total that names
     * whom it counts is no part of it; of a total of everyone it goes on listing ("181 قتيلاً، 124 منهم ... و50 ...،
     * إضافة الى سبعة مدنيين").
     */
    private boolean addedBesides(List<Word> words, Candidate total, Candidate c) {
        if (!lexicons.additions().endsAt(words, c.first, MARKER_WORDS) || total.last + 1 >= words.size()) {
            return false;
        }
        PhraseLexicon.Hit<Group> named = lexicons.groups().at(words, total.last + 1);
        return named != null && named.value() != Group.ALL && named.value() != Group.UNKNOWN;
    }

    /**
     * Whether a word that opens a range (range-openers.txt: بين، between) stands right before the number (its hedge is
     * part of it: "بين نحو 150"); not "من بين القتلى سبعة أطفال", among whom.
     */
    private boolean opensARange(List<Word> words, Candidate c) {
        return c.first > 0 && lexicons.rangeOpeners().endsAt(words, c.first, 1);
    }

    /**
     * "25 SDF fighters, 56 tribal fighters and nine civilians": in English, a comma before a number goes on the list
     * that "and" before the next number ends.
     */
    private boolean serialComma(List<Word> words, List<Candidate> candidates, int i, int opens) {
        if (opens < 2 || !",".equals(words.get(opens - 1).text()) || !words.get(opens - 2).latin()
                || i + 1 >= candidates.size()) {
            return false;
        }
        Candidate next = candidates.get(i + 1);
        return next.first - candidates.get(i).last - 1 <= MAX_LIST_GAP
                && lexicons.connectors().endsAt(words, opens(words, next), MARKER_WORDS);
    }

    /**
     * Where a listed number's connector ends: before an English singular's article ("and a gendarme"), also past one
     * describing word ("and a Canadian tourist"), or the number.
     */
    private static int opens(List<Word> words, Candidate c) {
        if (c.first > 1 && Words.ENGLISH_ARTICLES.contains(words.get(c.first - 1).text())) {
            return c.first - 1;
        }
        return c.first > 2 && words.get(c.first - 1).latin() && Words.ENGLISH_ARTICLES.contains(words.get(c.first - 2).text())
                ? c.first - 2 : c.first;
    }

    /** Numbers with no cue of their own take the kind of their list, then of their total. */
    void inheritKinds(SentenceView view, List<Candidate> candidates) {
        for (int i = 1; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate previous = candidates.get(i - 1);
            if (c.countsNothing && continuesItsList(c, previous)) {
                // "بينهم ثمانية أطفال وخمس نساء، لافتة إلى أن بعض الأسر ...": a cue of nothing beyond the clause is
                // the next clause's, as a cue of a kind is below; the list goes on counting what its clause counts
                c.countsNothing = false;
                c.kind = previous.kind;
                c.kindDistance = previous.kindDistance;
            }
            if (c.countsNothing) {
                continue;
            }
            if (c.kind == null && (c.risenAgain || progression(view.words(), candidates.get(i - 1), c)
                    || risesAgain(view.words(), previous, c))) {
                // "ارتفعت حصيلة القتلى من 5 إلى 7": the toll it went to counts what the one it went from counts
                c.kind = candidates.get(i - 1).kind;
                c.kindDistance = candidates.get(i - 1).kindDistance;
                continue;
            }
            if (c.total >= 0 && c.kindDistance >= KindResolver.CLAUSE_PENALTY) {
                // a part's own cue beyond its clause speaks of something else: it counts what its total counts, as
                // near as the total's cue is
                c.kind = null;
                c.kindDistance = candidates.get(c.total).kindDistance;
            }
            if (c.connected && c.kindDistance >= KindResolver.CLAUSE_PENALTY && previous.countsNothing
                    && previous.kindDistance < KindResolver.CLAUSE_PENALTY) {
                // "خطفوا 80 تلميذاً وثلاثة معلمين ...، وقتلوا": the list counts what its clause counts, here nothing
                c.kind = null;
                c.countsNothing = true;
                continue;
            }
            if (continuesItsList(c, previous)) {
                // "من بين القتلى سبعة أطفال وثلاث نساء، فيما فر ...": a cue beyond the clause is the next clause's;
                // the list goes on counting what its clause counts
                c.kind = previous.kind;
                c.kindDistance = previous.kindDistance;
            }
            if (c.kind == null && c.connected) {
                c.kind = previous.kind;
            }
            if (c.kind == null && c.total >= 0) {
                c.kind = candidates.get(c.total).kind;
            }
            if (c.total >= 0 && candidates.get(c.total).kind != null && othersClauseAfter(view.words(), c)) {
                // "استشهد سبعة مدنيين بينهم طفلان وأصيب آخرون": the verb after the part tells of others
                c.kind = candidates.get(c.total).kind;
            }
        }
        for (int i = candidates.size() - 2; i >= 0; i--) {
            Candidate next = candidates.get(i + 1);
            Candidate c = candidates.get(i);
            if (c.kind == null && !c.countsNothing && (next.connected || next.risenAgain)) {
                c.kind = next.kind;
            } else if (c.ofStatus && next.connected && (next.kind == Kind.KILLED || next.kind == Kind.INJURED)) {
                // "23 hostages and 32 Islamist militants had been killed": what befell the list befell them
                c.countsNothing = false;
                c.kind = next.kind;
            }
        }
        uncountMixedTotals(view.words(), candidates);
    }

    /** Whether a clause of و, a cue and "others" follows the number right after it: "طفلان وأصيب آخرون". */
    private boolean othersClauseAfter(List<Word> words, Candidate c) {
        int next = c.last + 1;
        if (next >= words.size() || !words.get(next).text().startsWith("و")) {
            return false;
        }
        PhraseLexicon.Hit<KindCue> cue = lexicons.kinds().at(words, next);
        return cue != null && cue.to() < words.size() && lexicons.others().at(words, cue.to()) != null;
    }

    /**
     * Whether a number joined to the one before it, its own cue beyond its clause, goes on counting what the number
     * before counts by a cue within its clause (or by its total).
     */
    private static boolean continuesItsList(Candidate c, Candidate previous) {
        return c.connected && c.kindDistance >= KindResolver.CLAUSE_PENALTY && previous.kind != null
                && previous.kindDistance < KindResolver.CLAUSE_PENALTY;
    }

    /**
     * "سقوط ١٩ ضحية مدنية، هم ٧ قتلى و١٢ جريحاً": a total that the list after "who they are" (هم) tells as the dead and
     * the wounded is a count of casualties, neither; the list's figures are figures of their own.
     */
    private static void uncountMixedTotals(List<Word> words, List<Candidate> candidates) {
        for (int t = 0; t + 1 < candidates.size(); t++) {
            Candidate total = candidates.get(t);
            Candidate first = candidates.get(t + 1);
            if (total.kind == null || total.total >= 0 || first.total != t || !afterWhoTheyAre(words, first.first)) {
                continue;
            }
            boolean other = false;
            int last = t;
            // the list goes on by its conjunction alone: "هم 6 قتلى، هم 5 جنود ومدني، و11 جريحاً" adds the wounded
            for (int i = t + 1; i < candidates.size() && (i == t + 1 || candidates.get(i).connected
                    && !commaBetween(words, candidates.get(i - 1), candidates.get(i))); i++) {
                last = i;
                other |= candidates.get(i).kind != null && candidates.get(i).kind != total.kind;
            }
            if (other) {
                total.kind = null;
                total.countsNothing = true;
                for (int i = t + 1; i <= last; i++) {
                    if (candidates.get(i).total == t) {
                        candidates.get(i).total = -1;
                    }
                }
            }
        }
    }

    private static boolean commaBetween(List<Word> words, Candidate before, Candidate after) {
        for (int k = before.last + 1; k < after.first; k++) {
            if (Words.COMMAS.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether "هم" (who they are), a colon after it or not, stands right before word {@code index}. */
    private static boolean afterWhoTheyAre(List<Word> words, int index) {
        int k = index - 1;
        if (k >= 0 && words.get(k).text().equals(":")) {
            k--;
        }
        return k >= 0 && WHO_THEY_ARE.contains(words.get(k).text());
    }

    /** "من 5 إلى 7", "from 5 to 7": a word of "from" before the first number, one of "to" alone between the two. */
    private boolean progression(List<Word> words, Candidate from, Candidate to) {
        PhraseLexicon.Hit<String> opener = from.first > 0 ? lexicons.progressions().at(words, from.first - 1) : null;
        PhraseLexicon.Hit<String> joiner = lexicons.progressions().at(words, from.last + 1);
        return opener != null && opener.value().equals("from") && opener.to() == from.first
                && joiner != null && joiner.value().equals("to") && joiner.to() == to.first;
    }

    /**
     * "قبل أن ترتفع إلى 60 ثم إلى 93 و115 خلال الليل": of the values a toll rose to one after another, each but the last
     * was overtaken by the next of its kind, some time before the sentence's own.
     */
    private void markOvertakenRises(List<Word> words, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate next = candidates.get(i + 1);
            // the next told right after it ("60 ثم إلى 93"، "93 و115"), no noun of its own between: "إلى 31، وعدد
            // الموقوفين إلى 14" rose two counts
            if (c.kind != null && next.kind == c.kind && rightAfterARise(words, c, next)
                    && (next.risenAgain || risenTo(words, next))) {
                c.overtaken = true;
            }
        }
    }

    /** "إلى 60 ثم إلى 93": the next value a toll rose to, told right after the one before, no noun between. */
    private boolean risesAgain(List<Word> words, Candidate previous, Candidate c) {
        return risenTo(words, c) && rightAfterARise(words, previous, c);
    }

    /**
     * Whether {@code c} is told right after a value a toll rose to, only marks, a connector or words of progression
     * between ("60 ثم إلى 93"، "93 و115"), no noun: "إلى 16 جندياً و5 مدنيين" is a list.
     */
    private boolean rightAfterARise(List<Word> words, Candidate rise, Candidate c) {
        if (!risenTo(words, rise) || rise.last != rise.numberLast(words)) {
            return false;
        }
        for (int k = rise.last + 1; k < c.first; k++) {
            if (!words.get(k).isPunct() && lexicons.connectors().at(words, k) == null
                    && lexicons.progressions().at(words, k) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of progressions.tsv of "to" stands right before the number ("ترتفع إلى 60"، "rose to 60"). */
    private boolean risenTo(List<Word> words, Candidate c) {
        PhraseLexicon.Hit<String> to = c.first > 0 ? lexicons.progressions().at(words, c.first - 1) : null;
        return to != null && to.value().equals("to") && to.to() == c.first;
    }

    /**
     * "ارتفع عدد القتلى إلى سبعة بعد وفاة جندي متأثراً بجراحه", "The death toll rose to seven when a wounded soldier
     * died", "ارتفع عدد القتلى إلى 31 بعد وفاة أربعة من الجرحى": in a sentence of a toll that rose, fewer of the same
     * kind after it are among the toll, not a toll of their own. Call after {@link #inheritKinds}.
     */
    void linkIncrements(SentenceView view, List<Candidate> candidates) {
        markOvertakenRises(view.words(), candidates);
        if (!lexicons.updateCues().all(view.words(), 0, view.words().size()).isEmpty()) {
            // not past a word that opens a clause of its own: "ارتفع إلى 40 قتيلاً، فيما تتمسك الشرطة بحصيلة 27"
            // holds to another count
            // nor a figure joined to the one before ("ارتفعت حصيلة ... إلى 16 جندياً و5 مدنيين": a list, not a part)
            linkToALargerTotalBefore(candidates, c -> !afterABreakWord(view, c) && !c.connected);
            // "توفي اثنان من المصابين ...، ما يرفع عدد القتلى إلى 14": the increment told before the total it raised
            linkToALargerTotalAfter(view, candidates);
            linkPartsThatAddUp(candidates);
        }
    }

    /**
     * "دفنت ٢٠٠٠ جثة ...، فيما لا تزال ٩٠٠ جثة أخرى في المشارح، ما يرفع الحصيلة إلى ٢٩٠٠": exact figures of a kind
     * right before a total of it, which add up to it, are all its parts (the nearest alone is linked above).
     */
    private static void linkPartsThatAddUp(List<Candidate> candidates) {
        for (int j = 1; j < candidates.size(); j++) {
            Candidate total = candidates.get(j);
            if (total.kind == null || total.total >= 0) {
                continue;
            }
            long wanted = total.quantity.quantity().low();
            long sum = 0;
            List<Candidate> parts = new ArrayList<>();
            for (int i = j - 1; i >= 0 && sum < wanted; i--) {
                Candidate c = candidates.get(i);
                if (c.kind != total.kind || c.subset || c.total >= 0 && c.total != j
                        || c.quantity.quantity().qualifier() != Qualifier.EXACT) {
                    break;
                }
                sum += c.quantity.quantity().low();
                parts.add(c);
            }
            if (sum == wanted && parts.size() > 1) {
                int at = j;
                parts.forEach(c -> c.total = at);
            }
        }
    }

    /** Each figure with no total that a larger one of its kind follows, no other of its kind between, is its part. */
    private void linkToALargerTotalAfter(SentenceView view, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind == null || c.total >= 0 || c.subset) {
                continue;
            }
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate total = candidates.get(j);
                if (total.kind == c.kind) {
                    // "ارتفعت حصيلة القتلى من 5 إلى 7": a toll and its update, not a part and its total
                    // "بلغت 59 قتيلاً، فيما أكدت المنظمة أن عدد القتلى يتجاوز 100": a clause of its own holds another count
                    // "قبل أن ترتفع إلى 60 ثم إلى 93 و115": a toll risen to is no increment of the next it rose to
                    if (total.total < 0 && !total.connected && !progression(view.words(), c, total)
                            && !(risenTo(view.words(), c) && (risenTo(view.words(), total) || total.risenAgain))
                            && !afterABreakWord(view, total)
                            && total.quantity.quantity().low() > c.quantity.quantity().low()) {
                        c.total = j;
                    }
                    break;
                }
            }
        }
    }

    /** Whether a clause-break word (فيما، بينما، في حين) opens the clause of {@code c}. */
    private static boolean afterABreakWord(SentenceView view, Candidate c) {
        int start = view.clauseStart(c.first);
        return start > 0 && !view.words().get(start - 1).isPunct();
    }

    /**
     * "فر 112 سجيناً، لا يزال 27 منهم طلقاء": who are still at large of a larger total of its kind before it in the
     * sentence are a part of it. Call after {@link #inheritKinds}.
     */
    void linkRemainders(List<Candidate> candidates) {
        linkToALargerTotalBefore(candidates, c -> c.remainder);
    }

    /** Each figure {@code which} takes that has no total yet becomes a part of the nearest larger one of its kind before. */
    private static void linkToALargerTotalBefore(List<Candidate> candidates, Predicate<Candidate> which) {
        for (int i = 1; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind == null || c.total >= 0 || !which.test(c)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Candidate total = candidates.get(j);
                if (total.kind == c.kind && total.total < 0
                        && total.quantity.quantity().low() > c.quantity.quantity().low()) {
                    c.total = j;
                    break;
                }
            }
        }
    }

    /**
     * "قتل 26 شخصاً، 15 في قرية كايرو و11 في دان كادي", "killed 19 people: 12 in Kairu, seven in Bakori": a number of
     * no cue of its own behind a comma or a colon, placed by a preposition of part-places.txt, after a larger total (or
     * another share of it) is the total's share there.
     */
    private boolean placedShare(List<Word> words, List<Candidate> candidates, int index) {
        Candidate c = candidates.get(index);
        if (index == 0 || c.kind != null || c.first == 0 || c.last + 1 >= words.size()
                || !Words.COMMAS.contains(words.get(c.first - 1).text()) && !words.get(c.first - 1).text().equals(":")
                || lexicons.partPlaces().at(words, c.last + 1) == null) {
            return false;
        }
        Candidate previous = candidates.get(index - 1);
        int total = previous.total >= 0 ? previous.total : index - 1;
        Candidate whole = candidates.get(total);
        return whole.kind != null && whole.total < 0 && c.first - previous.last - 1 <= MAX_LIST_GAP
                && (total == index - 1 || previous.subset)
                && whole.quantity.quantity().low() > c.quantity.quantity().low();
    }

    /** "سبعة أطفال وثلاث نساء": the conjunction glued to a number word, outside the number itself. */
    private boolean subsetAfter(List<Word> words, Candidate c) {
        int next = c.last + 1;
        // "سبعة منهم"، "three of them" are some of a total; "تسعة بينهم جنديان" is the total its parts follow
        return next < words.size() && lexicons.subsetMarkers().at(words, next) != null
                && (words.get(next).text().startsWith("من") || words.get(next).text().equals("of"));
    }

    private static int totalBefore(List<Candidate> candidates, int index) {
        for (int k = index - 1; k >= 0; k--) {
            if (!candidates.get(k).subset && candidates.get(k).total < 0) {
                return k;
            }
        }
        return -1;
    }
}
