package org.hasila.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways to read a folded Arabic word with its proclitics stripped: a conjunction (و ف), then a preposition
 * (ب ل ك), then the article (ال; after ل it is written لل). Lexicons are written without proclitics, so that
 * بنزوح and والحراس match نزوح and حراس; stripping stops at stems of two letters (بما -> ما).
 */
public final class Proclitics {

    private static final int MIN_STEM = 2;

    private Proclitics() {
    }

    /**
     * One way to read a word.
     *
     * @param stem     the word without its proclitics
     * @param offset   where the stem starts in the word
     * @param phrase   where the number phrase starts in the word: the article is part of it, the
     *                 conjunction and the preposition are not
     * @param definite true when the article was stripped
     */
    public record Reading(String stem, int offset, int phrase, boolean definite) {

        public boolean stripped() {
            return offset > 0;
        }

        /** The stem with its article written out (للقرار -> القرار), to match lexicon entries that keep it. */
        public String withArticle() {
            return definite ? "ال" + stem : stem;
        }
    }

    /** The whole word first (واحد is a word, not و + احد), then each way of stripping its proclitics. */
    public static List<Reading> readings(String word) {
        List<Reading> readings = new ArrayList<>(4);
        readings.add(new Reading(word, 0, 0, false));
        for (int conj = 0; conj <= 1; conj++) {
            if (conj == 1 && !startsWithAny(word, 0, "وف")) {
                continue;
            }
            for (int prep = 0; prep <= 1; prep++) {
                int p = conj;
                if (prep == 1) {
                    if (!startsWithAny(word, p, "بلك")) {
                        continue;
                    }
                    p++;
                }
                addReading(readings, word, p, p, false);
                if (word.startsWith("ال", p)) {
                    addReading(readings, word, p + 2, p, true);
                } else if (prep == 1 && word.charAt(p - 1) == 'ل' && word.startsWith("ل", p)) {
                    addReading(readings, word, p + 1, p, true);
                }
            }
        }
        return readings;
    }

    private static void addReading(List<Reading> readings, String word, int offset, int phrase, boolean definite) {
        if (offset == 0) {
            return;
        }
        String stem = word.substring(offset);
        if (stem.length() >= MIN_STEM
                && readings.stream().noneMatch(r -> r.offset() == offset)) {
            readings.add(new Reading(stem, offset, phrase, definite));
        }
    }

    private static boolean startsWithAny(String word, int index, String letters) {
        return index < word.length() && letters.indexOf(word.charAt(index)) >= 0;
    }
}
