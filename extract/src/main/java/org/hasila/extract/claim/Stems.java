package org.hasila.extract.claim;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The readings of a folded word with its proclitics stripped: a conjunction (و ف), a preposition
 * (ب ل ك) and the article (ال، لل). Lexicon entries are written without them, so بنزوح and
 * والحراس match نزوح and حراس.
 */
final class Stems {

    private static final int MIN_STEM = 2;

    private Stems() {
    }

    static Set<String> readings(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
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
                add(out, word, p);
                if (word.startsWith("ال", p)) {
                    add(out, word, p + 2);
                } else if (prep == 1 && word.charAt(p - 1) == 'ل' && word.startsWith("ل", p)) {
                    add(out, word, p + 1);
                }
            }
        }
        return out;
    }

    /** True when {@code word} reads as {@code pattern}; a pattern ending in * matches any ending. */
    static boolean matches(String word, String pattern) {
        boolean prefix = pattern.endsWith("*");
        String stem = prefix ? pattern.substring(0, pattern.length() - 1) : pattern;
        for (String reading : readings(word)) {
            if (prefix ? reading.startsWith(stem) : reading.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> out, String word, int offset) {
        if (offset > 0 && word.length() - offset >= MIN_STEM) {
            out.add(word.substring(offset));
        }
    }

    private static boolean startsWithAny(String word, int index, String letters) {
        return index < word.length() && letters.indexOf(word.charAt(index)) >= 0;
    }
}
