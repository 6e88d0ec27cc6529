package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hasila.core.text.TextNormalizer;

/**
 * Phrases of one or more word patterns (see {@link Stems#matches}) with a value each, matched
 * longest first at a word position.
 */
final class PhraseLexicon<V> {

    /** A phrase found at words [from, to). */
    record Hit<V>(int from, int to, V value) {
    }

    private record Entry<V>(List<String> patterns, V value) {
    }

    private final List<Entry<V>> entries;

    private PhraseLexicon(List<Entry<V>> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry<V> e) -> -e.patterns().size()))
                .toList();
    }

    /** Loads rows "phrase[TAB]value..." of a resource; {@code value} builds the value from the row. */
    static <V> PhraseLexicon<V> load(String resource, Function<String[], V> value) {
        TextNormalizer normalizer = TextNormalizer.forMatching();
        List<Entry<V>> entries = new ArrayList<>();
        for (String[] row : Lines.read(resource)) {
            List<String> patterns = List.of(normalizer.fold(row[0]).strip().split("\\s+"));
            entries.add(new Entry<>(patterns, value.apply(row)));
        }
        return new PhraseLexicon<>(entries);
    }

    /** The longest phrase starting at word {@code i}, or null. */
    Hit<V> at(List<Word> words, int i) {
        for (Entry<V> entry : entries) {
            int n = entry.patterns().size();
            if (i + n > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = Stems.matches(words.get(i + k).text(), entry.patterns().get(k));
            }
            if (all) {
                return new Hit<>(i, i + n, entry.value());
            }
        }
        return null;
    }

    /** Every phrase in words [from, to), left to right, none overlapping. */
    List<Hit<V>> all(List<Word> words, int from, int to) {
        List<Hit<V>> hits = new ArrayList<>();
        int i = Math.max(0, from);
        while (i < Math.min(to, words.size())) {
            Hit<V> hit = at(words, i);
            if (hit != null && hit.to() <= to) {
                hits.add(hit);
                i = hit.to();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** True when some phrase starts at word {@code i}. */
    boolean startsAt(List<Word> words, int i) {
        return at(words, i) != null;
    }
}
