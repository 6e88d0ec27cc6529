package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proclitics a number word may carry: a conjunction (و ف), then a preposition (ب ل ك), then the
 * article (ال; after ل it is written لل). Stripping is only tried down to stems of two letters (بما
 * -> ما); number words ask for three, so that short words do not read as numbers (لست is not ل + ست).
 */
final class Clitics {

    private static final int MIN_STEM = 2;
    private static final Pattern ONLY_CLITICS = Pattern.compile("[وف]?(?:[بك]?(?:ال)?|ل(?:ل|ال)?)");

    private Clitics() {
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
    record Reading(String stem, int offset, int phrase, boolean definite) {

        boolean stripped() {
            return offset > 0;
        }

        /** The stem with its article written out (للقرار -> القرار), to match lexicon entries that keep it. */
        String withArticle() {
            return definite ? "ال" + stem : stem;
        }
    }

    /** The whole word first (واحد is a word, not و + احد), then each way of stripping its proclitics. */
    static List<Reading> readings(String word) {
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

    /** True when the word is nothing but proclitics (و، بـ، الـ، وبالـ): it belongs to what follows. */
    static boolean onlyClitics(String word) {
        return !word.isEmpty() && ONLY_CLITICS.matcher(word).matches();
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
