package org.hasila.extract.claim;

import java.util.List;

/**
 * A toll that rose and the relative clause that describes its incident: a time named in that clause is the incident's,
 * neither the day the toll was brought up to nor another incident recalled ("ارتفعت حصيلة ضحايا الهجوم الذي استهدف
 * الشاطئ مساء الجمعة، إلى 37 قتيلاً"، "عدد قتلى الكمين الذي تعرضت له مفرزة للجيش ...، الثلاثاء، ارتفع إلى 20"،
 * "ارتفعت حصيلة ضحايا الهجمات التي شنها مسلحون ... الأسبوع الماضي إلى 154").
 */
final class RisenTolls {

    private RisenTolls() {
    }

    /**
     * Whether word {@code at} of a sentence that tells of a toll that rose (update-cues.txt) lies in a relative clause
     * that no word of the rise follows before it, and that is no clause of the toll itself ("وكانت الحصيلة الأولية التي
     * أعلنها الرئيس، الأربعاء، قد بلغت ١٤"; not "الحصيلة التي ارتفعت الثلاثاء إلى 20").
     */
    static boolean inTheIncidentsClause(Lexicons lexicons, List<Word> words, int at) {
        if (lexicons.updateCues().all(words, 0, words.size()).isEmpty()) {
            return false;
        }
        boolean relative = false;
        for (int k = 0; k < at && k < words.size(); k++) {
            if (lexicons.relativePronouns().startsAt(words, k)) {
                relative = !tallyRightBefore(lexicons, words, k);
            } else if (lexicons.updateCues().startsAt(words, k)) {
                relative = false;
            }
        }
        return relative;
    }

    /** Whether a noun of a count (tally-nouns.txt) stands right before word {@code k}, or one word before that. */
    private static boolean tallyRightBefore(Lexicons lexicons, List<Word> words, int k) {
        return k >= 1 && lexicons.tallyNouns().at(words, k - 1) != null
                || k >= 2 && lexicons.tallyNouns().at(words, k - 2) != null;
    }
}
