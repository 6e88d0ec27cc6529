package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;

/**
 * Decides what a number counts from the cue words around it: the nearest cue wins, a cue across a
 * clause mark or after a word of when or why is farther, and a cue that lies beyond another number, is its
 * word ("شهيدين"), or in Arabic comes right before it, belongs to that number.
 * Weak cues (prisoner nouns) count only when no other cue is in reach and the clause speaks of
 * custody. A nearest cue of kind none (released, missing) leaves the number without a kind.
 */
final class KindResolver {

    static final int MAX_DISTANCE = 16;
    /** Words from a number to a word of who are still so that makes it a remainder past its own noun. */
    private static final int REMAINDER_REACH = 6;
    /** Who a side counts as its own losses after a verb of losing ("فقدنا جنديين"). */
    private static final Set<Group> COMBATANTS = Set.of(Group.SECURITY_FORCES, Group.MILITANTS);
    static final int CLAUSE_PENALTY = 5;
    /** A cue after a word of when or why (circumstances.txt) names the setting: "اعتقلت خلال الاقتحام 6". */
    static final int SETTING_PENALTY = 5;
    /** An English cue before its number, not right before it ("killed 12" is; "were killed and 14 others" is not). */
    static final int LATIN_BEFORE_PENALTY = 2;
    static final int MAX_WEAK_DISTANCE = 3;
    /** The farthest a cue of no one counts a number out of a toll risen to it (the number's own noun, "a town of"). */
    private static final int NEAR_NONE = 2;

    private final Lexicons lexicons;

    KindResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    void resolve(SentenceView view, List<Candidate> candidates) {
        List<PhraseLexicon.Hit<KindCue>> cues = lexicons.kinds().all(view.words(), 0, view.words().size()).stream()
                // "ميدان الشهداء"، "مستشفى شهداء الأقصى": part of a name (name-nouns.txt), no cue
                .filter(cue -> !inAName(view.words(), cue.from()))
                .toList();
        for (int i = 0; i < candidates.size(); i++) {
            ownKind(view, candidates, i, cues);
            Candidate c = candidates.get(i);
            // "The death toll from a strike in the city of Kramatorsk has risen to 52": a cue of no one far before the
            // number ("city of", a town's population) is the toll's description, not the number's
            if (!c.countsNothing || c.kind == null && !c.ofStatus && c.kindDistance > NEAR_NONE) {
                risenToll(view, candidates, i, cues);
            }
        }
    }

    /** Words from a word of rising to the cue of the toll it raises ("ارتفع عدد القتلى"، "ارتفاع حصيلة الجرحى"). */
    private static final int RISEN_TOLL_WORDS = 3;

    /** Proclitics that may stand before a name noun's article ("وب" in "وبالمستشفى"). */
    private static final int MAX_PROCLITICS = 2;

    /** Words of a relative clause's verb before its cue ("من أعيد القبض"، "من تم القبض"). */

    /**
     * "ارتفع عدد القتلى في أعمال الشغب التي شهدها السجن، جنوبي الإكوادور، إلى 12 سجيناً": the number a toll rose to
     * ("إلى" right before it, update-cues.txt before that with no number between) counts what the toll counts, however
     * many asides stand between; a number of that kind so marked counts, as the toll, everyone unless it names whom.
     */
    private void risenToll(SentenceView view, List<Candidate> candidates, int index,
                           List<PhraseLexicon.Hit<KindCue>> cues) {
        Candidate c = candidates.get(index);
        List<Word> words = view.words();
        PhraseLexicon.Hit<String> to = c.first > 0 ? lexicons.progressions().at(words, c.first - 1) : null;
        if (to == null || !"to".equals(to.value()) || to.to() != c.first) {
            return;
        }
        int floor = index > 0 ? candidates.get(index - 1).last + 1 : 0;
        for (int k = c.first - 2; k >= floor; k--) {
            if (!lexicons.updateCues().startsAt(words, k)) {
                continue;
            }
            // the last cue of the toll's words: "حصيلة الجرحى" counts the wounded; the toll may come first ("عدد القتلى
            // ارتفع إلى 11 وعدد الجرحى إلى 19")
            for (PhraseLexicon.Hit<KindCue> cue : cues) {
                KindCue toll = cue.value();
                boolean after = cue.from() > k && cue.to() <= c.first && (cue.from() <= k + RISEN_TOLL_WORDS
                        // "ارتفع عدد الجنود الذين قُتلوا في الهجوم ... إلى تسعة": the rise's toll of whom a verb tells
                        // (the toll of people named, not "حصيلة الهجوم الذي شنه": which attack)
                        || tollOfWhom(words, cue.from()) && peopleBeforeWho(words, cue.from(), k));
                boolean before = cue.to() <= k && cue.from() >= floor
                        && ((cue.to() > k - RISEN_TOLL_WORDS || noKindBetween(cues, cue.to(), k)) && cue.from() > 0
                                && lexicons.tallyNouns().at(words, cue.from() - 1) != null
                            // "The death toll from an air strike on a detention centre ... has risen to 68": an
                            // English toll, named by its own last word, is the subject of its rise, however long
                            // its description
                            || words.get(cue.from()).latin() && lexicons.tallyNouns().at(words, cue.to() - 1) != null
                            // "ارتفع عدد من أعيد القبض عليهم من النزلاء الفارين إلى 22": the toll of whom a verb
                            // tells, however the clause goes on to describe them
                            || tollOfWhom(words, cue.from()));
                if ((after || before) && toll.kind() != null && !toll.weak()
                        && (c.kind == null || c.kind == toll.kind() || c.toll >= 0 || before)) {
                    // told before its rise, the toll outranks the cue of the next toll ("وعدد الجرحى إلى 19")
                    c.kindDistance = c.kind != toll.kind() || c.toll >= 0 ? MAX_DISTANCE : c.kindDistance;
                    c.kind = toll.kind();
                    c.toll = cue.from();
                    c.countsNothing = false;
                }
            }
            return;
        }
    }

    /**
     * Whether no cue of a kind stands in words [from, to): "عدد الفارين من مدينة الرمادي منذ سقوطها بيد التنظيم (داعش)
     * ارتفع إلى أكثر من 40 ألف شخص", the toll's description, however long, up to its rise.
     */
    private static boolean noKindBetween(List<PhraseLexicon.Hit<KindCue>> cues, int from, int to) {
        return cues.stream()
                .noneMatch(other -> other.from() >= from && other.from() < to && other.value().kind() != null);
    }

    /**
     * Whether the relative pronoun before the cue at {@code cue} follows a noun of people (groups.tsv) at most a few
     * words after the word of rising at {@code rise}: "ارتفع عدد الجنود الذين قُتلوا".
     */
    private boolean peopleBeforeWho(List<Word> words, int cue, int rise) {
        int who = lexicons.whoBefore(words, cue);
        if (who < 1 || who > rise + RISEN_TOLL_WORDS) {
            return false;
        }
        for (int k = Math.max(rise + 1, who - 2); k < who; k++) {
            PhraseLexicon.Hit<Group> noun = lexicons.groups().at(words, k);
            if (noun != null && noun.to() == who) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code cue} is the verb of a relative clause right after a toll: "عدد من قتلوا"، "عدد من أعيد
     * القبض عليهم" (the verb's first words may stand before its cue), or after a toll and its noun: "عدد النزلاء الذين
     * أعيد توقيفهم".
     */
    private boolean tollOfWhom(List<Word> words, int cue) {
        int who = lexicons.whoBefore(words, cue);
        // the toll right before "من"، or before the noun the relative pronoun follows
        int toll = who < 0 ? -1 : words.get(who).text().equals(Lexicons.WHOEVER) ? who - 1 : who - 2;
        PhraseLexicon.Hit<?> tally = toll < 0 ? null : lexicons.tallyNouns().at(words, toll);
        return tally != null && tally.to() == (toll == who - 1 ? who : who - 1);
    }

    /**
     * Whether the number's clause, opened by a word of contrast or result (clause-breaks.txt: فيما، بينما), puts words
     * of its own before the number, none a cue or a toll's noun ("فيما خرج مئات المتظاهرين"): its own verb, so a cue
     * before the clause is not the number's.
     */
    private boolean ownVerbBefore(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues, Candidate c,
                                  PhraseLexicon.Hit<KindCue> cue) {
        List<Word> words = view.words();
        int start = view.clauseStart(c.first);
        if (start == 0 || start >= c.first || cue.to() > start || words.get(start - 1).isPunct()) {
            return false;
        }
        for (int k = start; k < c.first; k++) {
            if (words.get(k).isPunct() || lexicons.tallyNouns().at(words, k) != null) {
                return false;
            }
        }
        return cues.stream().noneMatch(other -> other.from() >= start && other.from() < c.first);
    }

    /**
     * Whether word {@code k} follows a noun that opens a name, in the construct ("ميدان الشهداء"، "بمستشفى شهداء
     * الأقصى"; name-nouns.txt): not the noun with its article, a subject of its own ("وكانت المدرسة تضم").
     */
    private boolean inAName(List<Word> words, int k) {
        if (k == 0 || lexicons.nameNouns().at(words, k - 1) == null) {
            return false;
        }
        // the article after at most two proclitics ("وبالمستشفى") makes the noun a subject of its own
        int article = words.get(k - 1).text().indexOf("ال");
        return article < 0 || article > MAX_PROCLITICS;
    }

    private void ownKind(SentenceView view, List<Candidate> candidates, int index,
                         List<PhraseLexicon.Hit<KindCue>> cues) {
        Candidate c = candidates.get(index);
        if (countsBoth(view, cues, c)) {
            c.countsNothing = true;
            return;
        }
        PhraseLexicon.Hit<KindCue> best = null;
        int bestDistance = Integer.MAX_VALUE;
        PhraseLexicon.Hit<KindCue> weak = null;
        int weakDistance = Integer.MAX_VALUE;
        boolean bestHoldsNoOne = false;
        for (PhraseLexicon.Hit<KindCue> cue : cues) {
            if (cue.value().nounOnly() && !countedNoun(view, cue, c) || cue.value().yields() && !namesPeople(view, c)
                    || cue.value().ahead() && cue.from() > c.last
                    || cue.value().own() && !ownPeopleAfter(view, c) && !combatantsCounted(view, c)) {
                continue;
            }
            if (cue.to() <= c.first && ownVerbBefore(view, cues, c, cue)) {
                continue; // "قُتل 6 أشخاص، فيما خرج مئات المتظاهرين": the number's clause has a verb of its own
            }
            if (cue.value().shelter() && statusNounAfter(cues, c)) {
                continue; // "كانت المدرسة تؤوي قرابة 1500 نازح": what they are says what they count
            }
            // "كانت المدرسة تضم 150 تلميذاً عند سقوط القذائف": holding, where no one is in custody, is a population,
            // which counts nothing
            boolean holdsNoOne = cue.value().held() && !custodyBefore(view, cue, c);
            int distance = distance(view, candidates, index, cue);
            if (distance >= 0 && cue.from() > 0 && lexicons.circumstances().startsAt(view.words(), cue.from() - 1)
                    && !governs(view, cue, c)) {
                distance += SETTING_PENALTY;
            }
            if (distance >= 0 && describesItsNoun(view, cue) && verbAfterItsNoun(view, cues, cue, c)) {
                distance += SETTING_PENALTY;
            }
            if (distance >= 0 && cue.from() > c.last && firstInARelative(view, cues, c.last, cue)
                    && ofAThing(view, c, cue)) {
                continue; // "193 معتقلاً كانوا محتجزين في مبنى السجن الذي أصيب بالقصف": what befell the building
            }
            if (distance >= 0 && cue.from() > c.last && firstInARelative(view, cues, c.last, cue)) {
                distance += SETTING_PENALTY; // "المسلحين الـ33 الذين شاركوا في الهجوم قُتلوا": who they were
            } else if (distance >= 0 && cue.from() > c.last) {
                distance = pastARelative(view, cues, c.last, cue, distance);
            }
            if (distance >= 0 && cue.to() <= c.first && cue.value().kind() != null && describesACuedNoun(view, cues, cue)) {
                distance += SETTING_PENALTY; // "حصيلة قتلى الهجوم الذي شنه التنظيم ... إلى 14 جنديا": which attack
            }
            if (distance >= 0 && cue.to() <= c.first && ownCueAfter(view, cues, c)
                    && !lexicons.complementizers().all(view.words(), cue.to(), c.first).isEmpty()) {
                distance += SETTING_PENALTY; // "مصدر في المستشفى الذي نقل إليه الجرحى إن 12 شخصاً قتلوا": who speaks
            }
            if (distance >= 0 && cue.value().status()
                    && eventInReach(view, candidates, index, cues, cue.value().kind() == null)) {
                distance += SETTING_PENALTY; // "20 نازحاً قتلوا": what they are yields to what befell them
            }
            if (distance >= 0 && cue.value().yields()) {
                distance++; // "سقط 20 جريحاً": the number's own noun, as near, says what befell them
            }
            if (distance > 0 && cue.to() <= c.first && view.words().get(cue.from()).latin()) {
                // "Two were killed and 14 others were wounded": an English verb before a number, past other words,
                // is the verb of an earlier subject; the number's own verb follows it
                distance += LATIN_BEFORE_PENALTY;
            }
            if (distance < 0) {
                continue;
            }
            if (cue.value().weak()) {
                if (distance < weakDistance) {
                    weak = cue;
                    weakDistance = distance;
                }
            } else if (distance < bestDistance || distance == bestDistance && before(view, cue, c)) {
                best = cue;
                bestDistance = distance;
                bestHoldsNoOne = holdsNoOne;
            }
        }
        if (best != null && bestDistance <= MAX_DISTANCE && inASettingBeyond(view, c, best)) {
            c.countsNothing = true; // "سقطت المسيرة وسط السوق، حيث كان عشرات المواطنين يتسوقون": who were there
            return;
        }
        if (best != null && bestDistance <= MAX_DISTANCE && heldByArmedMen(view, candidates, best)) {
            c.countsNothing = true; // "وقالت المصادر إن المسلحين احتجزوا أكثر من 400 راكب": hostages
            return;
        }
        if (best != null && bestDistance <= MAX_DISTANCE) {
            boolean unnamedPart = best.value().part() && !namesThePart(view, best);
            boolean unmoved = best.value().moving() && !leavingIn(view, cues); // "عشرات العائلات ما زالت تبحث عن ذويها"
            // "وقفة تضامنية شارك فيها مئات المواطنين": who took part in a gathering attacked no one
            boolean gathered = best.value().joining()
                    && !lexicons.gatherings().all(view.words(), 0, view.words().size()).isEmpty();
            c.kind = bestHoldsNoOne || unnamedPart || unmoved || gathered ? null
                    : best.value().kindFor(countedNoun(view, best, c));
            c.kindDistance = bestDistance;
            c.countsNothing = c.kind == null;
            c.ofStatus = c.countsNothing && best.value().status();
            c.remainder = best.value().remainder() || best.value().part()
                    || remainderInReach(view, candidates, index, cues, c.kind);
        } else if (weak != null && weakDistance <= MAX_WEAK_DISTANCE && inCustody(view, c)) {
            c.countsNothing = heldByArmedMen(view, candidates, weak); // "كانوا محتجزين لدى مسلحين"
            c.kind = c.countsNothing ? null : weak.value().kind();
            c.kindDistance = weakDistance;
        }
    }

    /**
     * Whether the number stands in a clause of setting (setting-openers.txt: "حيث كان عشرات المواطنين يتسوقون"، "where
     * dozens were shopping") and its cue outside that clause: it says who were where it happened, not what befell
     * them.
     */
    private boolean inASettingBeyond(SentenceView view, Candidate c, PhraseLexicon.Hit<KindCue> cue) {
        int end = view.clauseEnd(c.last);
        List<Word> words = view.words();
        // the opener may be the clause's boundary itself ("، حيث"), the word before its first, or stand within it
        // ("the market where dozens")
        List<PhraseLexicon.Hit<Boolean>> openers = lexicons.settingOpeners()
                .all(words, Math.max(0, view.clauseStart(c.first) - 1), c.first);
        if (openers.isEmpty()) {
            return false;
        }
        int opener = openers.get(openers.size() - 1).from();
        return cue.to() <= opener || cue.from() >= end;
    }

    /**
     * Whether a cue of taking or holding people names armed men as who hold them: their noun as the verb's subject
     * before it, in its clause and counted by no number ("إن المسلحين احتجزوا أكثر من 400 راكب"), or after a word of
     * whose hands they are in (holders.txt: "كانوا محتجزين لدى مسلحين"). Such people are hostages, which no kind counts.
     */
    private boolean heldByArmedMen(SentenceView view, List<Candidate> candidates, PhraseLexicon.Hit<KindCue> cue) {
        Kind kind = cue.value().kind();
        if (kind != Kind.RECAPTURED && kind != Kind.DETAINED) {
            return false;
        }
        List<Word> words = view.words();
        PhraseLexicon.Hit<Boolean> holder = cue.to() < words.size() ? lexicons.holders().at(words, cue.to()) : null;
        if (holder != null && holder.to() < words.size() && armedMen(words, holder.to())) {
            return true;
        }
        for (int k = Math.max(0, cue.from() - SUBJECT_REACH); k < cue.from(); k++) {
            if (armedMen(words, k) && view.boundariesBetween(k, cue.from()) == 0 && !counted(view, candidates, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean armedMen(List<Word> words, int k) {
        PhraseLexicon.Hit<Group> group = lexicons.groups().at(words, k);
        return group != null && group.value() == Group.MILITANTS;
    }

    /**
     * Whether the word at {@code k} is what a number before it in its clause counts ("قتل 10 مسلحين واعتقل 5"، "مقتل 9
     * من عناصر التنظيم واعتقال 23").
     */
    private static boolean counted(SentenceView view, List<Candidate> candidates, int k) {
        return candidates.stream().anyMatch(other -> other.first <= k && k - other.last <= COUNTED_NOUN_REACH
                && view.boundariesBetween(other.last, k) == 0);
    }

    /** Words before a verb of holding in which its subject stands ("إن المسلحين احتجزوا"). */
    private static final int SUBJECT_REACH = 2;
    /** Words from a number to the noun it counts, a partitive between ("9 من عناصر التنظيم"). */
    private static final int COUNTED_NOUN_REACH = 3;

    /** Words from a number to a cue of both tolls that describes it ("40 من المرتزقة بين قتيل ومصاب"). */
    private static final int BOTH_WORDS = 3;

    /**
     * Whether a cue of the dead and the wounded together follows the number within its noun and in its clause: "سقط
     * أكثر من أربعين من المرتزقة بين قتيل ومصاب" counts both, so no kind of the vocabulary.
     */
    private static boolean countsBoth(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues, Candidate c) {
        return cues.stream().anyMatch(h -> h.value().both() && h.from() > c.last && h.from() - c.last - 1 <= BOTH_WORDS
                && view.boundariesBetween(c.last, h.from()) == 0);
    }

    /**
     * Whether the number's own noun says what they are: one of what people are ("1500 نازح") or a noun that counts
     * only as its number's ("150 عائلة").
     */
    private static boolean statusNounAfter(List<PhraseLexicon.Hit<KindCue>> cues, Candidate c) {
        return cues.stream().anyMatch(h -> h.from() == c.last + 1 && (h.value().status() || h.value().nounOnly()));
    }

    /** Whether a cue of a kind follows the number in its own clause ("إن 12 شخصاً قتلوا"). */
    private static boolean ownCueAfter(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues, Candidate c) {
        int end = view.clauseEnd(c.last);
        return cues.stream().anyMatch(h -> h.from() > c.last && h.from() < end && h.value().kind() != null);
    }

    /** Whether a group word follows the number: "سقط 16 جندياً" fell, "سقطت 3 على المدرسة" tells of no one. */
    private boolean namesPeople(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        int next = c.last + 1;
        return ownPeopleAfter(view, c) // "لسقوط 27 من رفاقنا"
                || next < words.size() && lexicons.groups().at(words, next) != null;
    }

    /** Whether "of its own" people follows the number ("خمسة من أفرادها"، "27 من رفاقنا"، "five of its soldiers"). */
    private boolean ownPeopleAfter(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        int next = c.last + 1;
        return next + 1 < words.size() && (words.get(next).text().equals("من") || words.get(next).text().equals("of"))
                && lexicons.ownPeople().startsAt(words, next + 1);
    }

    /**
     * Whether the number counts soldiers or fighters, its own word ("فقدنا جنديين") or the noun after it ("فقد الجيش 12
     * جندياً"): a side's losses, where "فقد 5 صيادين" may be five fishermen gone missing.
     */
    private boolean combatantsCounted(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        for (int at = c.last; at <= c.last + 1 && at < words.size(); at++) {
            PhraseLexicon.Hit<Group> noun = lexicons.groups().at(words, at);
            if (noun != null && COMBATANTS.contains(noun.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "42 من الفارين لا يزالون طلقاء": a word of who are still so, within reach though farther than the number's own
     * noun, makes the figure a remainder of the kind that noun counts.
     */
    private boolean remainderInReach(SentenceView view, List<Candidate> candidates, int index,
                                     List<PhraseLexicon.Hit<KindCue>> cues, Kind kind) {
        for (PhraseLexicon.Hit<KindCue> cue : cues) {
            if (cue.value().remainder() && cue.value().kind() == kind) {
                int distance = distance(view, candidates, index, cue);
                if (distance >= 0 && distance <= REMAINDER_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds a cue of leaving: of the displaced or the escaped, other than a noun of households, of
     * sheltering ("والمخيم يؤوي نحو 150 عائلة"), or a word of leaving or arriving (leaving-words.txt: "أجلت فرق
     * الإسعاف 64 عائلة"، "وصول 60 ألف أسرة إلى المدينة").
     */
    private boolean leavingIn(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues) {
        if (!lexicons.leavingWords().all(view.words(), 0, view.words().size()).isEmpty()) {
            return true;
        }
        for (PhraseLexicon.Hit<KindCue> cue : cues) {
            Kind kind = cue.value().kind();
            if ((kind == Kind.DISPLACED || kind == Kind.ESCAPED) && !cue.value().moving() || cue.value().shelter()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue of what befell people reaches the number: not a noun of status, nor one of holding or being held
     * ("يؤوي المخيم 20 ألف نازح" are displaced people sheltered, not an event); with {@code harmOnly}, only a cue of
     * death or wounding: hostages are held by whoever took them ("احتجز المسلحون 5 رهائن" arrests no one), and killed
     * as anyone is ("26 رهينة قتلوا").
     */
    private boolean eventInReach(SentenceView view, List<Candidate> candidates, int index,
                                 List<PhraseLexicon.Hit<KindCue>> cues, boolean harmOnly) {
        for (PhraseLexicon.Hit<KindCue> cue : cues) {
            KindCue k = cue.value();
            if (k.kind() != null && k.kind() != Kind.DETAINED && !k.status() && !k.held() && !k.weak()
                    && (!harmOnly || k.kind() == Kind.KILLED || k.kind() == Kind.INJURED)
                    && !nounOfAnother(candidates, index, cue)) {
                int distance = distance(view, candidates, index, cue);
                if (distance >= 0 && distance <= MAX_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "عشرات آلاف القتلى وأكثر من 12 مليون نازح": the cue is the noun another number counts. */
    private static boolean nounOfAnother(List<Candidate> candidates, int index, PhraseLexicon.Hit<KindCue> cue) {
        for (int k = 0; k < candidates.size(); k++) {
            if (k != index && cue.from() == candidates.get(k).last + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * An indefinite Arabic noun right before the number governs it ("بعد وفاة اثنين": the death of two): it is the
     * number's own event, not the setting a word of when names ("خلال الاقتحام 6" is definite, and names when).
     */
    private static boolean governs(SentenceView view, PhraseLexicon.Hit<KindCue> cue, Candidate c) {
        Word word = view.words().get(cue.to() - 1);
        return cue.to() == c.first && !word.latin() && !Stems.definite(word.text());
    }

    /**
     * Of two cues as near, the one on the side the language puts its verb: before the number in Arabic ("قتل 2
     * وأصيب 3"), after it in English, whose passive follows its subject ("two were killed and three others injured").
     */
    private static boolean before(SentenceView view, PhraseLexicon.Hit<KindCue> cue, Candidate c) {
        return (cue.to() <= c.first) != view.words().get(cue.from()).latin();
    }

    /** Words between the cue and the number plus clause penalties; -1 when another number lies between. */
    private int distance(SentenceView view, List<Candidate> candidates, int index,
                                PhraseLexicon.Hit<KindCue> cue) {
        Candidate c = candidates.get(index);
        int from;
        int to;
        List<int[]> asides;
        if (cue.to() <= c.first) {
            from = cue.to() - 1;
            to = c.first;
            // the asides before the number, read once: one that holds the cue keeps its words to itself ("ويؤوي
            // المخيم، وهو أكبر مخيمات النزوح، أكثر من 500 ألف نازح"), the others between them are skipped
            asides = new ArrayList<>();
            for (int[] aside : asidesBetween(view, -1, to)) {
                if (cue.from() > aside[0] && cue.to() <= aside[1]) {
                    return -1;
                }
                if (aside[0] > from) {
                    asides.add(aside);
                }
            }
        } else if (cue.from() > c.last) {
            if (opensNext(view, candidates, index, cue)) {
                return -1;
            }
            from = c.last;
            to = cue.from();
            asides = asidesBetween(view, from, to);
        } else {
            return 0;
        }
        // "Nine people, including a 12-year-old boy, were killed": the breakdown set off by commas is skipped, and
        // so is a number in it ("أكثر من 780 شخصاً، بينهم نحو 300 من عناصر الأمن، قتلوا")
        for (int k = 0; k < candidates.size(); k++) {
            Candidate other = candidates.get(k);
            if (k != index && (other.first > from && other.last < to && !within(asides, other)
                    && !namedAmongAfter(view, c, other, cue)
                    || cue.from() <= other.last && cue.to() > other.first)) {
                // beyond another number, or its own word: "سقوط شهيد وثلاثة جرحى" (شهيد is the one's cue)
                return -1;
            }
        }
        // "57 قتيلاً وأكثر من 130 مصاباً": a و glued to the number's first word stands between it and a cue before
        int conjunction = cue.to() <= c.first && c.opensWithGluedAnd(view.words()) ? 1 : 0;
        int insertedWords = 0;
        for (int[] aside : asides) {
            insertedWords += aside[1] - aside[0] + 1;
        }
        return (to - from - 1) - insertedWords + conjunction
                + CLAUSE_PENALTY * (view.boundariesBetween(from, to) - 2 * asides.size());
    }

    /** Words of the longest "of them" before a number (subset-markers.txt: "من بينهم"). */
    private static final int SUBSET_MARKER_WORDS = 3;

    /**
     * Whether {@code other} is named among the number's counted after it, before the cue that follows both, no mark
     * between: "23 جنديا بينهم ضابط قتلوا" (the officer is one of the 23, and the verb tells of all of them).
     */
    private boolean namedAmongAfter(SentenceView view, Candidate c, Candidate other, PhraseLexicon.Hit<KindCue> cue) {
        return cue.from() > other.last && other.first > c.last && !view.words().get(cue.from()).latin()
                && lexicons.subsetMarkers().endsAt(view.words(), other.first, SUBSET_MARKER_WORDS)
                && view.boundariesBetween(c.last, other.first) == 0;
    }

    /**
     * Breakdowns and asides set off by marks (", including ... ,"، "، بينهم ...،"، "، وهو أكبر سجون البلاد،") in
     * (from, to), each as the words of its two marks and what they enclose.
     */
    private List<int[]> asidesBetween(SentenceView view, int from, int to) {
        List<int[]> asides = new ArrayList<>();
        for (int k = from + 1; k < to; k++) {
            if (!view.boundary()[k] || k + 1 >= to || !lexicons.subsetMarkers().startsAt(view.words(), k + 1)
                    && !lexicons.appositionOpeners().startsAt(view.words(), k + 1)) {
                continue;
            }
            for (int j = k + 1; j < to; j++) {
                if (view.boundary()[j]) {
                    asides.add(new int[] {k, j});
                    k = j;
                    break;
                }
            }
        }
        return asides;
    }

    /**
     * Whether {@code cue} is the first cue after a relative pronoun that follows the number (its last word {@code
     * from}): the verb of a clause that describes the counted; a cue after it is the main clause's.
     */
    private boolean firstInARelative(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues, int from,
                                     PhraseLexicon.Hit<KindCue> cue) {
        List<PhraseLexicon.Hit<Boolean>> relatives = lexicons.relativePronouns().all(view.words(), from + 1, cue.from());
        if (relatives.isEmpty()) {
            return false;
        }
        int relative = relatives.get(relatives.size() - 1).from();
        return cues.stream().noneMatch(other -> other.from() > relative && other.from() < cue.from());
    }

    /** The relative pronoun of one, a man or a thing (الذي): no clause of it tells of a number of people. */
    private static final String RELATIVE_OF_ONE = "الذي";

    /**
     * Whether the relative clause of the cue after the number opens with the pronoun of one ({@value #RELATIVE_OF_ONE})
     * and the number counts more than one: the clause describes a thing named after them ("في مبنى السجن الذي أصيب").
     */
    private boolean ofAThing(SentenceView view, Candidate c, PhraseLexicon.Hit<KindCue> cue) {
        List<PhraseLexicon.Hit<Boolean>> relatives =
                lexicons.relativePronouns().all(view.words(), c.last + 1, cue.from());
        return !relatives.isEmpty() && c.quantity.quantity().low() > 1
                && view.words().get(relatives.get(relatives.size() - 1).from()).text().equals(RELATIVE_OF_ONE);
    }

    /**
     * The distance of a cue that follows a relative clause after the number, counted from the end of the clause's own
     * cue: the main clause's verb comes after the clause however long it is ("41 of the inmates who broke out of Jdeida
     * prison on Thursday have now been recaptured"، "41 من النزلاء الذين فروا من سجن الجديدة يوم الخميس أعيد القبض
     * عليهم"). Unchanged where no relative clause with a cue of its own stands between.
     */
    private int pastARelative(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues, int from,
                              PhraseLexicon.Hit<KindCue> cue, int distance) {
        List<PhraseLexicon.Hit<Boolean>> relatives = lexicons.relativePronouns().all(view.words(), from + 1, cue.from());
        if (relatives.isEmpty()) {
            return distance;
        }
        int relative = relatives.get(0).from();
        return cues.stream()
                .filter(own -> own.from() > relative && own.to() <= cue.from() && own.value().kind() != null)
                .findFirst()
                .map(own -> Math.min(Math.max(0, distance - (own.to() - 1 - from)), fromItsAuxiliary(view, own, cue)))
                .orElse(distance);
    }

    /**
     * Words from an English auxiliary after the relative clause's cue to the cue of the main clause it opens ("who broke
     * out of Jdeida prison in Tripoli during Thursday's clashes have now been recaptured": 2), or the largest distance
     * when none stands between (auxiliaries.txt).
     */
    private int fromItsAuxiliary(SentenceView view, PhraseLexicon.Hit<KindCue> own, PhraseLexicon.Hit<KindCue> cue) {
        if (!view.words().get(cue.from()).latin()) {
            return Integer.MAX_VALUE;
        }
        List<PhraseLexicon.Hit<Boolean>> auxiliaries = lexicons.auxiliaries().all(view.words(), own.to(), cue.from());
        return auxiliaries.isEmpty() ? Integer.MAX_VALUE
                : cue.from() - auxiliaries.get(0).from() - 1;
    }

    /**
     * Whether {@code cue}, before the number, is the first cue of a relative clause that follows another cue: the
     * clause describes that cue's noun ("ارتفاع حصيلة قتلى الهجوم الذي شنه التنظيم على القاعدة إلى 14 جنديا": the
     * attack the toll is of), and the cue before it counts the number.
     */
    private boolean describesACuedNoun(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues,
                                       PhraseLexicon.Hit<KindCue> cue) {
        List<PhraseLexicon.Hit<Boolean>> relatives = lexicons.relativePronouns().all(view.words(), 0, cue.from());
        if (relatives.isEmpty()) {
            return false;
        }
        int relative = relatives.get(relatives.size() - 1).from();
        for (int k = relative + 1; k <= cue.from(); k++) {
            if (view.boundary()[k]) {
                return false; // the clause ended before the cue ("...، بعد وفاة أربعة من الجرحى")
            }
        }
        // "عدد السجناء الذين أعيد القبض عليهم ... إلى 52": a clause that describes the counted people themselves is
        // what befell them
        return cues.stream().noneMatch(other -> other.from() > relative && other.from() < cue.from())
                && cues.stream().noneMatch(other -> other.to() == relative)
                && cues.stream().anyMatch(other -> other.to() <= relative && other.value().kind() != null);
    }

    private static boolean within(List<int[]> asides, Candidate c) {
        for (int[] aside : asides) {
            if (c.first > aside[0] && c.last < aside[1]) {
                return true;
            }
        }
        return false;
    }

    /** Words after a cue of some of a toll within which the group that names them stands ("كانوا من أفراد الشرطة"). */
    private static final int PART_GROUP_WORDS = 4;

    /**
     * Whether a group other than everyone is named right after a cue of some of a toll told before, in its clause:
     * "أربعة من القتلى أطفال"، "81 من القتلى من أفراد الشرطة".
     */
    private boolean namesThePart(SentenceView view, PhraseLexicon.Hit<KindCue> cue) {
        List<Word> words = view.words();
        int end = Math.min(view.clauseEnd(cue.to() - 1), cue.to() + PART_GROUP_WORDS);
        for (int k = cue.to(); k < end && k < words.size(); k++) {
            PhraseLexicon.Hit<Group> group = lexicons.groups().at(words, k);
            if (group != null) {
                return group.value() != Group.ALL;
            }
        }
        return false;
    }

    /** Whether a cue of a kind follows the noun a participle describes, in the number's clause. */
    private static boolean verbAfterItsNoun(SentenceView view, List<PhraseLexicon.Hit<KindCue>> cues,
                                            PhraseLexicon.Hit<KindCue> participle, Candidate c) {
        int end = view.clauseEnd(c.last);
        return cues.stream().anyMatch(h -> h.from() > participle.to() && h.from() < end && h.value().kind() != null);
    }

    /**
     * An English participle before the noun it describes ("118 escaped inmates have been recaptured", "two injured
     * victims died") says who they are, not what befell them, when a verb further on says it ({@link
     * #verbAfterItsNoun}); with none, it says what they are ("transported 41 wounded people to hospitals").
     */
    private boolean describesItsNoun(SentenceView view, PhraseLexicon.Hit<KindCue> cue) {
        List<Word> words = view.words();
        return words.get(cue.from()).latin() && cue.to() < words.size()
                && lexicons.groups().at(words, cue.to()) != null;
    }

    /**
     * An Arabic cue after the number that the next number follows at once is that number's: "استشهاد ضابط و4 جنود
     * وإصابة 6 آخرين" (إصابة counts the 6, not the 4). English puts its participle after its number ("two killed").
     */
    private boolean opensNext(SentenceView view, List<Candidate> candidates, int index,
                              PhraseLexicon.Hit<KindCue> cue) {
        if (view.words().get(cue.from()).latin() || index + 1 >= candidates.size()) {
            return false;
        }
        Candidate next = candidates.get(index + 1);
        // "ارتفاع عدد القتلى إلى 90 والجرحى إلى 150": the toll the next number rose to
        PhraseLexicon.Hit<String> to = cue.to() < view.words().size() ? lexicons.progressions().at(view.words(),
                cue.to()) : null;
        if (to != null && "to".equals(to.value()) && to.to() == next.first) {
            return true;
        }
        // not across a glued و: "57 قتيلاً وأكثر من 130" lists the next number after the cue
        return next.first == cue.to() && !next.opensWithGluedAnd(view.words());
    }

    /**
     * The cue is the noun the number counts: right after it or after "of" (بضع مئات من الأسر), or the number's own
     * word (a dual: عائلتين).
     */
    private boolean countedNoun(SentenceView view, PhraseLexicon.Hit<KindCue> cue, Candidate c) {
        return cue.from() >= c.first && cue.from() <= c.last + 1
                || cue.from() == c.last + 2 && lexicons.partitives().startsAt(view.words(), c.last + 1);
    }

    /**
     * The sentence names a place of custody before the number, since its last word that opens another proposition
     * (clause-breaks.txt: فيما، بينما), or the held as its noun: "السجن الذي يضم 5000"، "يضم
     * المعتقل 800"، "تضم المنشأة حالياً 1200 نزيل".
     */
    private boolean custodyBefore(SentenceView view, PhraseLexicon.Hit<KindCue> cue, Candidate c) {
        // not past a word that opens another proposition: "نزح 400 ألف من مخيماتها، فيما ... المدينة تضم 800 ألف"
        int from = Math.min(cue.from(), c.first);
        while (from > 0 && !lexicons.clauseBreaks().startsAt(view.words(), from)) {
            from--;
        }
        return !lexicons.custodyPlaces().all(view.words(), from, Math.min(view.words().size(), c.last + 2)).isEmpty();
    }

    private boolean inCustody(SentenceView view, Candidate c) {
        int start = view.clauseStart(c.first);
        int end = view.clauseEnd(c.last);
        return !lexicons.custody().all(view.words(), start, end).isEmpty();
    }
}
