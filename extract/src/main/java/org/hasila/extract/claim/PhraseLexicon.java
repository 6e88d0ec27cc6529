package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    private static final int[] NONE = {};

    /** This lexicon's file's slot in {@link LexiconSlots}. */
    private final int slot;
    private final Function<String, int[]> startingWith = this::computeStartingWith;

    private final List<Entry<V>> entries;
    /** Entries by their first pattern when it is a whole word, as indexes into {@link #entries}. */
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    /** Entries by the stem of their first pattern when it ends in *, as indexes into {@link #entries}. */
    private final Map<String, List<Integer>> byFirstPrefix = new HashMap<>();
    private final int longestPrefix;
    private PhraseLexicon(String resource, List<Entry<V>> entries) {
        this.slot = LexiconSlots.of(resource);
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry<V> e) -> -e.patterns().size()))
                .toList();
        int longest = 0;
        for (int i = 0; i < this.entries.size(); i++) {
            String first = this.entries.get(i).patterns().get(0);
            if (first.endsWith("*")) {
                String stem = first.substring(0, first.length() - 1);
                byFirstPrefix.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
                longest = Math.max(longest, stem.length());
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
            }
        }
        this.longestPrefix = longest;
    }

    /** Between words, and where letters and digits meet. */
    private static final Pattern DIGIT_EDGE =
            Pattern.compile("\\s+|(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");

    /** Loads rows "phrase[TAB]value..." of a resource; {@code value} builds the value from the row. */
    static <V> PhraseLexicon<V> load(String resource, Function<String[], V> value) {
        TextNormalizer normalizer = TextNormalizer.forMatching();
        List<Entry<V>> entries = new ArrayList<>();
        for (String[] row : Lines.read(resource)) {
            // split as the text's words are (Words): letters and digits apart ("الساعات الـ24 الماضية")
            List<String> patterns = List.of(DIGIT_EDGE.split(normalizer.fold(row[0]).strip()));
            entries.add(new Entry<>(patterns, value.apply(row)));
        }
        return new PhraseLexicon<>(resource, entries);
    }

    /** Whether a phrase of at most {@code maxWords} words ends right before word {@code index}. */
    boolean endsAt(List<Word> words, int index, int maxWords) {
        for (int from = Math.max(0, index - maxWords); from < index; from++) {
            Hit<V> hit = at(words, from);
            if (hit != null && hit.to() == index) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest phrase starting at word {@code i}, or null. Only the entries whose first pattern can match
     * one of the word's readings are tried (an index on the first word), in the lexicon's order.
     */
    Hit<V> at(List<Word> words, int i) {
        for (int index : words.get(i).starting(slot, startingWith)) {
            Entry<V> entry = entries.get(index);
            int n = entry.patterns().size();
            if (i + n > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = Stems.matches(words.get(i + k).text(), entry.patterns().get(k));
            }
            if (all) {
                return new Hit<>(i, i + n, entry.value());
            }
        }
        return null;
    }

    /** The indexes of the entries whose first pattern can match a reading of {@code word}, ascending. */
    private int[] computeStartingWith(String word) {
        SortedSet<Integer> candidates = candidates(word);
        return candidates.isEmpty() ? NONE : candidates.stream().mapToInt(Integer::intValue).toArray();
    }

    private SortedSet<Integer> candidates(String word) {
        SortedSet<Integer> found = new TreeSet<>();
        for (String reading : Stems.readings(word)) {
            found.addAll(byFirstWord.getOrDefault(reading, List.of()));
            for (int length = 1; length <= Math.min(longestPrefix, reading.length()); length++) {
                found.addAll(byFirstPrefix.getOrDefault(reading.substring(0, length), List.of()));
            }
        }
        return found;
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
