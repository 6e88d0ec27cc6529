package org.hasila.extract.number;

import java.util.List;
import org.hasila.core.text.Proclitics;

/**
 * A folded phrase of one or more words to find among tokens. Its first word may carry proclitics
 * (بنحو، لعام، بالآلاف); the words after it must match exactly.
 *
 * @param words the folded words
 * @param value what the phrase stands for (a qualifier, a pair of bounds, a cue type)
 */
record Phrase<T>(String[] words, T value) {

    int length() {
        return words.length;
    }

    /** Where the phrase starts in folded offsets if it starts at token {@code i}, else -1. */
    int matchAt(List<Token> tokens, int i) {
        if (i < 0 || i + words.length > tokens.size()) {
            return -1;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(i + k).text().equals(words[k])) {
                return -1;
            }
        }
        Token first = tokens.get(i);
        if (first.text().equals(words[0])) {
            return first.start();
        }
        for (Proclitics.Reading reading : first.readings()) {
            if (reading.stem().equals(words[0]) || reading.definite() && reading.withArticle().equals(words[0])) {
                return first.start() + reading.phrase();
            }
        }
        return -1;
    }

    /** A phrase found: its first token and where it starts (after conjunction and preposition). */
    record Hit<T>(Phrase<T> phrase, int firstToken, int start) {

        int lastToken() {
            return firstToken + phrase.length() - 1;
        }

        int end(List<Token> tokens) {
            return tokens.get(lastToken()).end();
        }
    }
}
