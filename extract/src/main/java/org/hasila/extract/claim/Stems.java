package org.hasila.extract.claim;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hasila.core.text.Proclitics;
import org.hasila.core.text.WordMemo;

/**
 * The readings of a folded word with its proclitics stripped: a conjunction (و ف), a preposition
 * (ب ل ك) and the article (ال، لل). Lexicon entries are written without them, so بنزوح and
 * والحراس match نزوح and حراس.
 */
final class Stems {

    private Stems() {
    }

    /** Each word's readings, kept for the words seen (see {@link WordMemo}). */
    private static final WordMemo<Set<String>> READINGS = new WordMemo<>(200_000, Stems::computeReadings);

    static Set<String> readings(String word) {
        return READINGS.get(word);
    }

    private static Set<String> computeReadings(String word) {
        Set<String> out = new LinkedHashSet<>();
        Proclitics.readings(word).forEach(r -> out.add(r.stem()));
        return Collections.unmodifiableSet(out);
    }

    /** True when the word may carry the article (الاقتحام، بالاقتحام). */
    static boolean definite(String word) {
        return Proclitics.readings(word).stream().anyMatch(Proclitics.Reading::definite);
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
}
