package org.hasila.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a function gives for a word, worked out once: words repeat within an article and across a night's articles.
 * Safe for the threads that extract documents side by side; bounded, it starts afresh once it holds {@code limit}
 * words (a night's vocabulary fits, a corpus of any size cannot grow it without end).
 */
public final class WordMemo<V> {

    private final Function<String, V> compute;
    private final int limit;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    public WordMemo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    public V get(String word) {
        V cached = values.get(word);
        if (cached != null) {
            return cached;
        }
        V value = compute.apply(word);
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(word, value);
        return value;
    }
}
