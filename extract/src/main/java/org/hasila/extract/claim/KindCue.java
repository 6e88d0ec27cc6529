package org.hasila.extract.claim;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hasila.core.claim.Kind;

/**
 * A cue for what a figure counts; a weak one counts only with custody in its clause. A cue of kind
 * {@code none} ({@code kind} null) says the figure counts nothing of the vocabulary (released, missing).
 *
 * @param kind     what the cue counts, null for none
 * @param weak     a state noun that counts only with custody in its clause
 * @param asNoun   what the word counts when it is the noun right after its number, when that differs
 *                 ("أسر 5 جنود" captures, "عشرات الأسر" are families); null when it does not
 * @param nounOnly a noun that counts only as the noun its number counts ("300 عائلة" are displaced; "مجازر بحق
 *                 العائلات" says nothing of the numbers near it)
 * @param held     a verb of holding ("يضم"، "houses") that counts only where the sentence names a place of custody
 *                 before the number or the held as its noun: "السجن يضم 5000" is held, "المدينة تضم 800 ألف مدني"
 *                 is not
 * @param status   a noun of what people are ("نازحون"، "refugees"): as the noun of its number it yields to a verb of
 *                 its clause ("20 نازحاً قتلوا" are killed), and counts only where none is near
 * @param remainder who are still so of a total given before ("لا يزال 27 منهم طلقاء", "still at large"): a part of
 *                 that total, not a figure of its own
 * @param yields   a verb that says what befell people only when its number names them and nothing nearer says
 *                 otherwise: "سقط 16 جندياً" fell, "سقط 20 جريحاً" are wounded, "سقطت 3 على المدرسة" counts no one
 * @param both     the dead and the wounded together ("بين قتيل وجريح"، "killed or injured"): right after its number's
 *                 noun it says the number counts both, so neither, whatever verb governs it ("سقط أكثر من أربعين من
 *                 المرتزقة بين قتيل ومصاب")
 * @param own      a verb of losing ("فقدت"، "خسروا") that counts the dead only of its subject's own people after its
 *                 number ("فقدت القوات خمسة من أفرادها"): "فقد 5 صيادين" may be five fishermen gone missing
 * @param ahead    a verb whose doer follows it, its pronoun the attack it tells of ("هجوم شنه 40 مسلحاً"), or a toll
 *                 whose numbers follow it: it counts only a number after it ("قُتل 6 صيادين وجنديان في هجوم شنه
 *                 مسلحون": the soldiers attacked no one)
 * @param shelter  a verb of sheltering ("يؤوي"): the population a place holds ("كان المركز يؤوي نحو 600 مهاجر"),
 *                 unless the number's own noun says what they are ("كانت المدرسة تؤوي قرابة 1500 نازح" are displaced)
 * @param part     some of a toll told before ("أربعة من القتلى"): it counts, as a part of that toll, only where a group
 *                 named right after it says whom ("أربعة من القتلى أطفال"، "97 من القتلى شرطيون"), else nothing
 *                 ("عثرت على أحزمة ناسفة بحوزة اثنين من القتلى")
 * @param moving   a noun of households ("300 عائلة"، "families") that counts as displaced only where a cue of leaving
 *                 (of the displaced or the escaped) stands in its sentence ("فرت 300 عائلة"), else nothing ("عشرات
 *                 العائلات ما زالت تتوافد على المستشفى بحثاً عن ذويها")
 * @param joining  a verb of taking part ("شارك") that counts attackers only where its sentence names no gathering
 *                 (gatherings.txt: "شارك آلاف الأشخاص في تشييع الضحايا"، "وقفة تضامنية شارك فيها مئات المواطنين")
 */
record KindCue(Kind kind, boolean weak, Kind asNoun, boolean nounOnly, boolean held, boolean status,
               boolean remainder, boolean yields, boolean both, boolean own, boolean ahead, boolean shelter,
               boolean part, boolean moving, boolean joining) {

    static final String NONE = "none";
    static final String WEAK = "weak";
    static final String AS_NOUN = "noun=";
    static final String HELD = "held";
    static final String NOUN_ONLY = "noun-only";
    static final String STATUS = "status";
    static final String REMAINDER = "remainder";
    static final String YIELDS = "yields";
    static final String BOTH = "both";
    static final String OWN = "own";
    static final String AHEAD = "ahead";
    static final String SHELTER = "shelter";
    static final String PART = "part";
    static final String MOVING = "moving";
    static final String JOINING = "joining";

    /** The marks a row may carry besides {@code noun=KIND}. */
    private static final Set<String> MARKS = Set.of(WEAK, HELD, NOUN_ONLY, STATUS, REMAINDER, YIELDS, BOTH, OWN, AHEAD,
            SHELTER, PART, MOVING, JOINING);

    static KindCue parse(String[] row) {
        Kind asNoun = null;
        Set<String> marks = new HashSet<>();
        for (int i = 2; i < row.length; i++) {
            String mark = row[i].strip();
            String lower = mark.toLowerCase(Locale.ROOT);
            if (MARKS.contains(lower)) {
                marks.add(lower);
            } else if (mark.startsWith(AS_NOUN)) {
                asNoun = kind(mark.substring(AS_NOUN.length()));
            } else if (!mark.isEmpty()) {
                throw new IllegalArgumentException("kind-cues.tsv: unknown mark '" + mark + "' for " + row[0]);
            }
        }
        return new KindCue(kind(row[1]), marks.contains(WEAK), asNoun, marks.contains(NOUN_ONLY), marks.contains(HELD),
                marks.contains(STATUS), marks.contains(REMAINDER), marks.contains(YIELDS), marks.contains(BOTH),
                marks.contains(OWN), marks.contains(AHEAD), marks.contains(SHELTER), marks.contains(PART),
                marks.contains(MOVING), marks.contains(JOINING));
    }

    private static Kind kind(String code) {
        return code.equals(NONE) ? null : Kind.fromCode(code);
    }

    /** What the cue counts for a number whose counted noun it is ({@code countedNoun}) or not. */
    Kind kindFor(boolean countedNoun) {
        return countedNoun && asNoun != null ? asNoun : kind;
    }
}
