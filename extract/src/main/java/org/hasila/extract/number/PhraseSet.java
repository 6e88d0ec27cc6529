package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hasila.core.text.Proclitics;

/** Phrases indexed by their first word, tried longest first (عشرات الآلاف before عشرات). */
final class PhraseSet<T> {

    private final Map<String, List<Phrase<T>>> byFirstWord;
    private final int[] lengths;

    PhraseSet(List<Phrase<T>> phrases) {
        Map<String, List<Phrase<T>>> index = new HashMap<>();
        TreeSet<Integer> sizes = new TreeSet<>(Comparator.reverseOrder());
        for (Phrase<T> phrase : phrases) {
            index.computeIfAbsent(phrase.words()[0], w -> new ArrayList<>()).add(phrase);
            sizes.add(phrase.length());
        }
        index.replaceAll((w, list) -> list.stream()
                .sorted(Comparator.comparingInt((Phrase<T> p) -> -p.length())).toList());
        this.byFirstWord = Map.copyOf(index);
        this.lengths = sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The longest phrase starting at token {@code i}. */
    Optional<Phrase.Hit<T>> startingAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Token token = tokens.get(i);
        return tryReadings(tokens, i, 0);
    }

    /** The longest phrase ending at token {@code last}. */
    Optional<Phrase.Hit<T>> endingAt(List<Token> tokens, int last) {
        for (int length : lengths) {
            int i = last - length + 1;
            if (i < 0 || last >= tokens.size()) {
                continue;
            }
            Optional<Phrase.Hit<T>> hit = tryReadings(tokens, i, length);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The whole token first, then its stems, and a definite stem with its article (للقرار -> القرار). */
    private Optional<Phrase.Hit<T>> tryReadings(List<Token> tokens, int i, int length) {
        Token token = tokens.get(i);
        Optional<Phrase.Hit<T>> hit = tryStem(token.text(), tokens, i, length);
        for (int r = 1; hit.isEmpty() && r < token.readings().size(); r++) {
            Proclitics.Reading reading = token.readings().get(r);
            hit = tryStem(reading.stem(), tokens, i, length);
            if (hit.isEmpty() && reading.definite()) {
                hit = tryStem(reading.withArticle(), tokens, i, length);
            }
        }
        return hit;
    }

    private Optional<Phrase.Hit<T>> tryStem(String stem, List<Token> tokens, int i, int length) {
        for (Phrase<T> phrase : byFirstWord.getOrDefault(stem, List.of())) {
            if (length > 0 && phrase.length() != length) {
                continue;
            }
            int start = phrase.matchAt(tokens, i);
            if (start >= 0) {
                return Optional.of(new Phrase.Hit<>(phrase, i, start));
            }
        }
        return Optional.empty();
    }
}
