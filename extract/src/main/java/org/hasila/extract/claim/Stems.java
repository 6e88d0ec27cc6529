package org.hasila.extract.claim;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.hasila.core.text.Proclitics;

/**
 * The readings of a folded word with its proclitics stripped: a conjunction (و ف), a preposition
 * (ب ل ك) and the article (ال، لل). Lexicon entries are written without them, so بنزوح and
 * والحراس match نزوح and حراس.
 */
final class Stems {

    private Stems() {
    }

    /** Words repeat across a night's articles: their readings are kept, up to a bound. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    static Set<String> readings(String word) {
        Set<String> cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        Proclitics.readings(word).forEach(r -> out.add(r.stem()));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        Set<String> readings = Collections.unmodifiableSet(out);
        CACHE.put(word, readings);
        return readings;
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
