package org.hasila.extract.claim;

import java.util.List;
import java.util.Map;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.entity.Entity;
import org.hasila.extract.entity.EntityMatch;

/**
 * Decides who a number counts from the words after it ("23 عنصراً من التنظيم"، "سبعة مدنيين"):
 * the first group word or known entity wins; a total word (قتيلاً، أشخاص) gives "all" only when
 * nothing more precise is named. "قتلى عناصر التنظيم 374 قتيلاً" names its group between the
 * casualty noun and the number. The agent of a verb before the number is never read, nor anything past a
 * word that leaves the counted noun phrase (منذ، بين ...; في once the counted noun is read: group-stops.txt). "N آخرين" (others) counts
 * the same people as the figure before it, "N منهم" the group named before it in its clause, and a number listed after
 * another that names no one counts whom that one counts ("Five people were killed and 12 wounded", "Three soldiers
 * were killed and 19 wounded"). A number may also follow its
 * noun ("المهاجمين الستة"، "عسكريين اثنين"). A group may decide the kind too: civilians who flee are displaced
 * (kind-of-group.tsv), unless their clause names the custody they fled.
 */
final class GroupResolver {

    static final int WINDOW = 7;
    static final int BACK_WINDOW = 6;
    /** Words from one number to the next of its list: its noun, a connector and the next cue ("20 people and wounding 45"). */
    static final int MAX_LIST_STEP = 5;

    private final Lexicons lexicons;

    GroupResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    void resolve(SentenceView view, List<Candidate> candidates, List<EntityMatch> entities) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            // "سبعة (7) نزلاء": the number again in digits is no next number whose words end this one's
            int next = i + 1 < candidates.size() && restates(view, c, candidates.get(i + 1)) ? i + 2 : i + 1;
            int stop = next < candidates.size() ? candidates.get(next).first : view.words().size();
            if (i > 0 && countsOthers(view, c)) {
                // "قتل تسعة أشخاص، بينهم طفلان، وأصيب 23 آخرون": others of the figure before, or of its total
                c.group = othersOf(candidates, i - 1);
                c.othersOf = i - 1;
                continue;
            }
            // "مدنيين اثنين وعنصراً في حزب الله"، "المسلحين الـ33": a number that follows its noun counts that noun
            Group described = described(view, c, entities);
            Group group = described != null ? described : forward(view, c, stop, entities);
            // "ارتفع عدد القتلى إلى 53": a bare toll before the number counts everyone, unless the number is some of
            // a total or of people named before ("جثث 15 منهم")
            boolean bareToll = false;
            if (group == null || group == Group.ALL) {
                Group before = backward(view, c, entities, i > 0 ? candidates.get(i - 1).last + 1 : 0);
                bareToll = before == Group.ALL && group == null;
                group = before != null && !bareToll ? before : group;
            }
            if (group == null) {
                // "عدد السجناء الفارين يبلغ نحو 500"، "The number of escaped prisoners is around 500": whom the count
                // before the number names
                group = tallied(view, c, entities, i > 0 ? candidates.get(i - 1).last + 1 : 0);
            }
            if (group == null || group == Group.ALL) {
                // "تكبدت المليشيا 22 قتيلاً": the losses are of whom suffered them
                Group sufferer = sufferer(view, c, entities);
                group = sufferer != null ? sufferer : group;
            }
            if ((group == null || group == Group.UNKNOWN) && c.total >= 0) {
                // "23 مصاباً، إصابات 6 منهم خطيرة": a part that names no one is some of its total's
                group = candidates.get(c.total).group;
            }
            if ((group == null || group == Group.UNKNOWN) && (ofThem(view, c) || theirNumber(view, c))) {
                group = antecedent(view, c, entities);
            }
            if ((group == null || group == Group.UNKNOWN) && i > 0
                    && (c.connected || followsItsCue(view, candidates.get(i - 1), c))) {
                // "Five people were killed and 12 wounded", "مقتل جندي واحد وإصابة اثنين": the next number of a
                // clause, naming no one itself, counts whom the number before counts (of a part, its total's)
                Candidate before = candidates.get(i - 1);
                Group listed = before.total >= 0 ? candidates.get(before.total).group : before.group;
                boolean others = added(view, c) && listed != Group.ALL;
                group = listed == null || listed == Group.UNKNOWN || others ? group : listed;
            }
            // a toll risen to a number that names no one counts everyone, as a bare toll does, unless it is the
            // speaker's own ("ارتفاع عدد قتلانا ... إلى 5": own-people.txt, SpeakerGroups)
            boolean risen = c.toll >= 0 && !lexicons.ownPeople().startsAt(view.words(), c.toll);
            if (risen && (group == null || group == Group.ALL)) {
                // "عدد النزلاء الذين أعيد توقيفهم ارتفع إلى 19": the toll names whom, before the clause of its verb
                Group whom = whomTheTollNames(view, c.toll);
                whom = whom != null ? whom : inTheRanksOf(view, c, entities);
                group = whom != null ? whom : group;
            }
            if (group == null || group == Group.UNKNOWN || group == Group.ALL) {
                // "إلى 13 قتيلاً، جميعهم من عناصر الشرطة الاتحادية": who all of them were
                Group all = allOfThem(view, c, stop, entities);
                group = all != null ? all : group;
            }
            c.group = group == null ? (bareToll || risen ? Group.ALL : Group.UNKNOWN) : group;
            if (c.group == Group.UNKNOWN && c.kind == Kind.DETAINED) {
                // "عدد نزلاء السجن ... 3 آلاف"، "the prison population stood at 7,412": those held are detainees
                c.group = Group.DETAINEES;
            }
            if ((c.group == Group.UNKNOWN || c.group == Group.ALL) && c.kind == Kind.ATTACKERS) {
                // "The attackers, numbering about 50": who took part in an attack, named as no group, are its militants
                c.group = Group.MILITANTS;
            }
            boolean custody = inCustody(view, c);
            if (c.group == Group.UNKNOWN && c.kind == Kind.ESCAPED && custody) {
                // "عدد الفارين من السجن بلغ 30": those who got away from custody were held there
                c.group = Group.DETAINEES;
            }
            if (!custody || c.group == Group.DETAINEES) {
                // "فرّ آلاف السكان" are displaced; "فرّ 40 مهاجراً من مركز الاحتجاز" escaped; those held escape,
                // in custody or out of it ("أقدم 3 نزلاء على الفرار من السجن")
                c.kind = kindOfGroup(c.kind, c.group);
            }
        }
    }

    /** The word of the ranks a toll names its dead in: "القتلى في صفوف القوات العسكرية". */
    private static final String RANKS = "صفوف";

    /**
     * The group a risen toll names in its ranks between its noun and the number ("ليرتفع عدد القتلى في صفوف القوات
     * العسكرية والأمنية إلى 13") or right after its noun ("عدد قتلى قوات الأمن ... إلى ثلاثة"), or null.
     */
    private Group inTheRanksOf(SentenceView view, Candidate c, List<EntityMatch> entities) {
        List<Word> words = view.words();
        for (int k = c.toll + 1; k + 1 < c.first; k++) {
            if (words.get(k).text().equals(RANKS)) {
                Group g = specific(words, k + 1, entities);
                return g == Group.ALL ? null : g;
            }
        }
        // "ليرتفع عدد قتلى قوات الأمن ... إلى ثلاثة": the dead of whom the noun of the toll is joined to
        PhraseLexicon.Hit<KindCue> toll = lexicons.kinds().at(words, c.toll);
        if (toll != null && toll.to() < c.first && !view.boundary()[toll.to() - 1]) {
            Group g = specific(words, toll.to(), entities);
            return g == Group.ALL ? null : g;
        }
        return null;
    }

    /** The group of the noun right before the relative clause whose verb is the toll's cue at {@code toll}, or null. */
    private Group whomTheTollNames(SentenceView view, int toll) {
        List<Word> words = view.words();
        int who = lexicons.whoBefore(words, toll);
        PhraseLexicon.Hit<Group> noun = who < 1 ? null : lexicons.groups().at(words, who - 1);
        return noun != null && noun.to() == who ? noun.value() : null;
    }

    /**
     * Whom "others" after the figure at {@code before} are others of: its total's (the top of its breakdown), or
     * everyone where that total is one item of a list of several groups ("قتل 5 جنود و3 مدنيين وأصيب 12 آخرون"، "القتلى
     * هم 10 من عناصر قسد، و7 من مقاتلي العشائر، ومدنيان، ... فيما أصيب نحو 20 آخرين").
     */
    private static Group othersOf(List<Candidate> candidates, int before) {
        int top = before;
        while (candidates.get(top).total >= 0 && candidates.get(top).total < top) {
            top = candidates.get(top).total;
        }
        Group group = candidates.get(top).group;
        for (int k = top; k > 0 && candidates.get(k).connected; k--) {
            Group listed = candidates.get(k - 1).group;
            if (listed != null && group != null && listed != group) {
                return Group.ALL;
            }
        }
        return group;
    }

    /** Words from a verb of suffering losses to the number of them: the verb, its subject, a describing word. */
    private static final int LOSS_WORDS = 4;

    /**
     * The group named right after a verb of suffering losses (loss-verbs.txt: تكبد، خسر، suffered) that stands a few
     * words before the number in its clause: "تكبدت المليشيا 22 قتيلاً"، "the militants suffered 22 dead" (the subject
     * before an English verb), or right before an Arabic one ("القوات الحكومية فقدت خمسة من أفرادها"); null when none.
     */
    private Group sufferer(SentenceView view, Candidate c, List<EntityMatch> entities) {
        int start = Math.max(view.clauseStart(c.first), c.first - LOSS_WORDS);
        for (int j = start; j < c.first; j++) {
            if (!lexicons.lossVerbs().startsAt(view.words(), j)) {
                continue;
            }
            int before = Math.max(view.clauseStart(c.first), j - 2);
            int from = view.words().get(j).latin() ? before : j + 1;
            int to = view.words().get(j).latin() ? j : c.first;
            Group g = named(view, entities, from, to);
            // "أن القوات الحكومية فقدت خمسة من أفرادها": the Arabic subject may come first too
            g = g == null && !view.words().get(j).latin() ? named(view, entities, before, j) : g;
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The first group other than all that words [from, to) name, or null. */
    private Group named(SentenceView view, List<EntityMatch> entities, int from, int to) {
        for (int k = from; k < to; k++) {
            Group g = specific(view.words(), k, entities);
            if (g != null && g != Group.ALL) {
                return g;
            }
        }
        return null;
    }

    private boolean inCustody(SentenceView view, Candidate c) {
        return !lexicons.custody().all(view.words(), view.clauseStart(c.first), view.clauseEnd(c.last)).isEmpty();
    }

    /**
     * "killing 20 people and wounding 45": a cue right before the number, in the clause of the number before; after a
     * breakdown set off by commas, in the clause that closes it ("مقتل 47 مدنياً، بينهم 12 طفلاً، وإصابة العشرات").
     */
    private boolean followsItsCue(SentenceView view, Candidate previous, Candidate c) {
        int marks = previous.total >= 0 ? 1 : 0;
        return c.first > 0 && c.first - previous.last <= MAX_LIST_STEP
                && view.boundariesBetween(previous.last, c.first) <= marks
                && lexicons.kinds().at(view.words(), c.first - 1) != null;
    }

    /** The kind a figure of the group counts when its cue gave {@code kind} (kind-of-group.tsv): fleeing civilians are displaced. */
    private Kind kindOfGroup(Kind kind, Group group) {
        Map<Group, Kind> byGroup = kind == null ? null : lexicons.kindOfGroup().get(kind);
        Kind counted = byGroup == null ? null : byGroup.get(group);
        return counted != null ? counted : kind;
    }

    /**
     * "وأصيب 50 آخرون": the word right after the number is "others"; or after a noun that names no side ("وإصابة أربعة
     * مقاتلين آخرين": other fighters of the same force).
     */
    private boolean countsOthers(SentenceView view, Candidate c) {
        int next = c.numberLast(view.words()) + 1;
        List<Word> words = view.words();
        if (next < words.size() && lexicons.others().at(words, next) != null) {
            return true;
        }
        return next + 1 < words.size() && lexicons.groups().at(words, next) == null
                && lexicons.kinds().at(words, next) == null && lexicons.others().at(words, next + 1) != null;
    }


    /** Whether {@code next} writes {@code c}'s number again in digits right after it ("سبعة (7)"). */
    private static boolean restates(SentenceView view, Candidate c, Candidate next) {
        return next.first == c.last + 1 && next.first == next.last && view.words().get(next.first).isDigits()
                && next.quantity.quantity().low() == c.quantity.quantity().low();
    }

    private Group forward(SentenceView view, Candidate c, int stop, List<EntityMatch> entities) {
        List<Word> words = view.words();
        int from = c.numberLast(view.words()) + 1;
        if (from + 1 < stop && words.get(from).isDigits()
                && String.valueOf(c.quantity.quantity().low()).equals(words.get(from).text().replaceFirst("^0+", ""))) {
            // "ثلاثة (03) إرهابيين"، "سبعة (7) نزلاء": the number again in digits, as official statements write it
            from++;
        }
        int end = Math.min(stop, Math.min(words.size(), from + WINDOW));
        boolean total = false;
        if (c.quantity.dual()) {
            // the dual noun is the number itself: مدنيان; one of everyone may be described after it ("الشهيدين
            // المجاهدين")
            Group own = specific(words, Words.indexAt(words, c.quantity.numberStart()), entities);
            if (own != null && own != Group.ALL) {
                return own;
            }
            total = own == Group.ALL;
        }
        if (!words.get(c.first).isDigits()) {
            // a noun the number word follows: "مدنيان اثنان"، "مدنيين اثنين"
            Group own = specific(words, c.first, entities);
            if (own != null && own != Group.ALL) {
                return own;
            }
        }
        for (int i = from; i < end; i++) {
            PhraseLexicon.Hit<String> leaves = lexicons.groupStops().at(words, i);
            if (view.boundary()[i] || leaves != null && stops(leaves.value(), total)) {
                break;
            }
            Group g = specific(words, i, entities);
            if (g == Group.ALL) {
                total = true;
            } else if (g != null) {
                return joinedWithAnother(words, i, g, end, entities) ? Group.ALL : g;
            }
        }
        return total ? Group.ALL : null;
    }

    /**
     * "about 40 civilians and soldiers"، "مدنيين وعسكريين": a group noun joined by "and" to a noun of another group
     * counts both, a total over groups.
     */
    private boolean joinedWithAnother(List<Word> words, int i, Group g, int end, List<EntityMatch> entities) {
        int next = i + 1;
        if (next < end && (words.get(next).text().equals("and") || words.get(next).text().equals("و"))) {
            next++;
        } else if (next >= end || !words.get(next).text().startsWith("و")) {
            return false;
        }
        // "قتل 4 من المهاجمين وأسر اثنين": a word of what befell people (أسر, capture) is no group (أسر, families)
        Group other = next < end && lexicons.kinds().at(words, next) == null ? specific(words, next, entities) : null;
        return other != null && other != Group.ALL && other != g;
    }

    /** "سبعة منهم": the number is followed by a pronoun of "of them" (subset-markers.txt). */
    private boolean ofThem(SentenceView view, Candidate c) {
        int next = c.numberLast(view.words()) + 1;
        return next < view.words().size() && lexicons.subsetMarkers().at(view.words(), next) != null;
    }

    /** Words before a number within which a word of "their number" (their-number.txt) gives it: "وعددهم نحو ستة". */
    private static final int THEIR_NUMBER_WORDS = 2;

    /** "المسلحين الذين نفذوا الهجوم، وعددهم ستة، قتلوا": "their number" right before it counts whom it refers to. */
    private boolean theirNumber(SentenceView view, Candidate c) {
        for (int k = c.first - 1; k >= 0 && k >= c.first - THEIR_NUMBER_WORDS && !view.boundary()[k + 1]; k--) {
            if (lexicons.theirNumber().startsAt(view.words(), k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "اشتبكت القوات مع عناصر التنظيم وقتلت سبعة منهم": the nearest group named before the number in its clause,
     * else in the clause before it ("لم يتمكن الحراس من منع الفارين، ... إعادة القبض على 47 منهم").
     */
    private Group antecedent(SentenceView view, Candidate c, List<EntityMatch> entities) {
        int j = c.first - 1;
        for (; j >= 0 && !view.boundary()[j + 1]; j--) {
            Group g = specific(view.words(), j, entities);
            // "وإن قوات الأمن تمكنت من إعادة اعتقال نحو ألف منهم": the forces that arrest are not of whom they arrest
            if (g != null && g != Group.ALL && !(c.kind == Kind.RECAPTURED && g == Group.SECURITY_FORCES)) {
                return g;
            }
        }
        // none in its clause: the people the clause before names ("تصدوا للمهاجمين الذين تجاوز عددهم الأربعين،
        // وتمكنوا من تحييد ثلاثة منهم")
        for (int crossed = 0; j >= 0; j--) {
            if (view.boundary()[j + 1] && ++crossed > 1) {
                return null;
            }
            Group g = specific(view.words(), j, entities);
            if (g != null && g != Group.ALL) {
                return g;
            }
        }
        return null;
    }

    /** The group of the noun a number follows and describes ("الجنود الثلاثة"), or null. */
    private Group described(SentenceView view, Candidate c, List<EntityMatch> entities) {
        int noun = c.describedNoun(view.words());
        if (noun >= 0 && c.first > 0 && !view.boundary()[noun] && !view.boundary()[c.first - 1]) {
            Group group = specific(view.words(), noun, entities);
            return group == Group.ALL ? null : group;
        }
        return null;
    }

    /** Whether a word of group-stops.txt ends the counted noun phrase: always, "after-head" once a total word is read, or "not". */
    private static boolean stops(String when, boolean afterHead) {
        return switch (when) {
            case "always" -> true;
            case "after-head" -> afterHead;
            default -> false;
        };
    }

    /**
     * The group named between a casualty noun (قتلى، ضحايا) and the number after it, also across a label's colon
     * ("- الشهداء المدنيون: 2"، "- الجرحى: 9").
     */
    private Group backward(SentenceView view, Candidate c, List<EntityMatch> entities, int floor) {
        List<Word> words = view.words();
        // not past the number before: "قتل 9 أشخاص بينهم طفلان وأصيب 12" names no one between أشخاص and 12
        for (int j = c.first - 1; j >= Math.max(floor, c.first - BACK_WINDOW); j--) {
            if (view.boundary()[j] && !(j == c.first - 1 && words.get(j).text().equals(":"))) {
                // a label's colon right before its number is read past: "- القتلى من المهاجمين: 4"
                return null;
            }
            PhraseLexicon.Hit<Group> hit = lexicons.groups().at(words, j);
            if (hit != null && hit.value() == Group.ALL) {
                for (int k = j + 1; k < c.first; k++) {
                    Group g = specific(words, k, entities);
                    if (g != null && g != Group.ALL) {
                        return g;
                    }
                }
                Group described = describedByTheNounBefore(view, j, floor, entities);
                if (described != null) {
                    return described;
                }
                // "ارتفع عدد القتلى إلى 53"، "The death toll rose to 19": a bare toll counts everyone; not "بين القتلى
                // آمر كتيبة وأربعة من عناصره", some among the dead
                return j > 0 && lexicons.among().startsAt(words, j - 1) ? null : Group.ALL;
            }
        }
        return null;
    }

    /** Words from a noun of a count to the group noun it names: one describing word may come between. */
    private static final int TALLIED_WORDS = 2;

    /**
     * The group a noun of a count (tally-nouns.txt) names right after it, a describing word aside, before the number
     * in its clause: "عدد السجناء الفارين يبلغ نحو 500"، "The number of escaped prisoners is around 500"; null when
     * none or when it names everyone.
     */
    private Group tallied(SentenceView view, Candidate c, List<EntityMatch> entities, int floor) {
        List<Word> words = view.words();
        for (int j = c.first - 1; j >= Math.max(floor, c.first - BACK_WINDOW); j--) {
            if (view.boundary()[j]) {
                return null;
            }
            PhraseLexicon.Hit<Boolean> tally = lexicons.tallyNouns().at(words, j);
            if (tally == null) {
                continue;
            }
            int from = tally.to() < c.first && words.get(tally.to()).text().equals("of") ? tally.to() + 1 : tally.to();
            for (int k = from; k < Math.min(c.first, from + TALLIED_WORDS); k++) {
                Group g = specific(words, k, entities);
                if (g != null) {
                    // "ارتفع عدد الموقوفين على ذمة التحقيق إلى ثمانية": the toll's own cue tells what befell them,
                    // no group of its own
                    return g == Group.ALL || k == c.toll ? null : g;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "ارتفع عدد العسكريين الجرحى إلى خمسة": the casualty word at {@code noun} describes the group noun before it, which
     * follows a noun of a count (tally-nouns.txt); null when the words before are not so.
     */
    private Group describedByTheNounBefore(SentenceView view, int noun, int floor, List<EntityMatch> entities) {
        int group = noun - 1;
        if (group - 1 < floor || view.boundary()[group] || view.boundary()[noun]
                || lexicons.tallyNouns().at(view.words(), group - 1) == null) {
            return null;
        }
        Group g = specific(view.words(), group, entities);
        return g == Group.ALL ? null : g;
    }

    /** Words from the number to "all of them" after it ("Nine people were killed, all"), and on to the group. */
    private static final int ALL_OF_THEM_WORDS = 5;

    /**
     * The group a word of "all of them" (all-of-them.txt: جميعهم، كلهم، "all of them") names right after the number's
     * words, before the next number ("جميعهم من عناصر الشرطة"، "all of them soldiers"), or null.
     */
    private Group allOfThem(SentenceView view, Candidate c, int stop, List<EntityMatch> entities) {
        List<Word> words = view.words();
        for (int k = c.last + 1; k < Math.min(stop, c.last + 1 + ALL_OF_THEM_WORDS); k++) {
            PhraseLexicon.Hit<Boolean> all = lexicons.allOfThem().at(words, k);
            if (all == null) {
                continue;
            }
            for (int j = all.to(); j < Math.min(stop, all.to() + ALL_OF_THEM_WORDS); j++) {
                Group g = specific(words, j, entities);
                if (g != null) {
                    return g == Group.ALL ? null : g;
                }
            }
            return null;
        }
        return null;
    }

    /** The group a word names: an armed group or force that starts there ("قوات الدعم السريع"), else a group word. */
    private Group specific(List<Word> words, int i, List<EntityMatch> entities) {
        Word w = words.get(i);
        for (EntityMatch m : entities) {
            if (m.start() >= w.start() && m.start() < w.end()) {
                Group named = entityGroup(m.entity());
                if (named != null) {
                    return named;
                }
            }
        }
        PhraseLexicon.Hit<Group> hit = lexicons.groups().at(words, i);
        return hit != null ? hit.value() : null;
    }

    private Group entityGroup(Entity entity) {
        Group byId = lexicons.entityGroups().get(entity.id());
        return byId != null ? byId : lexicons.entityGroups().get("type:" + entity.type());
    }

    /** Words of the longest phrase that adds a figure ("بالإضافة إلى"). */
    private static final int MAX_ADDITION = 3;

    /**
     * "قتل 280 مدنياً، بينهم 43 طفلاً، إضافة إلى نحو 1500 مقاتل": a number added besides (additions.txt) counts others
     * than a group the number before names (not than everyone: "ثمانية شهداء، إضافة إلى 50 إصابة").
     */
    private boolean added(SentenceView view, Candidate c) {
        return lexicons.additions().endsAt(view.words(), c.first, MAX_ADDITION);
    }

}
