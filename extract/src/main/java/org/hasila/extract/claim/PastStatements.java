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
