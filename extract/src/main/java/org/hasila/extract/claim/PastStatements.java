package org.hasila.extract.claim;

import java.util.List;

/**
 * Whether a sentence relays a statement made before its report: the Arabic past perfect (كان ... قد + verb, "وكانت هيئة
 * الأركان العامة قد أعلنت") or an English one (past-statements.txt: "had earlier said").
 */
final class PastStatements {

    /** Words from كان to its قد in the Arabic past perfect, marks not counted ("وكانت وكالة ... (سانا) قد أعلنت"). */
    private static final int PAST_PERFECT_WORDS = 6;

    private PastStatements() {
    }

    /**
     * Whether the Arabic past perfect tells what the incident did (past-results.txt: "وكانت الغارة قد أسفرت عن مقتل
     * 51"، "كان 12 شخصاً قد قتلوا"): its figures are of the incident's day, not of a statement some day before.
     */
    static boolean resultToldBefore(Lexicons lexicons, List<Word> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).text().equals("قد") && lexicons.pastResults().startsAt(words, k + 1)
                    && toldBefore(lexicons, words.subList(0, k + 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean toldBefore(Lexicons lexicons, List<Word> words) {
        if (!lexicons.pastStatements().all(words, 0, words.size()).isEmpty()) {
            return true;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).text().equals("قد")) {
                continue;
            }
            int counted = 0;
            for (int j = k - 1; j >= 0 && counted < PAST_PERFECT_WORDS; j--) {
                if (words.get(j).isPunct()) {
                    continue;
                }
                counted++;
                if (Stems.matches(words.get(j).text(), "كان") || Stems.matches(words.get(j).text(), "كانت")) {
                    return true;
                }
            }
        }
        return false;
    }
}
