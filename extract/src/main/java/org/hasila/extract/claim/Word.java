package org.hasila.extract.claim;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * One token of folded text at [start, end): a word, a digit run or a punctuation mark. It holds the entries each
 * phrase lexicon found a word of its text can start ({@link LexiconSlots}), looked up once per token.
 */
final class Word {

    private final int start;
    private final int end;
    private final String text;
    /** By lexicon slot, the entries a word of this text can start ({@link LexiconSlots}), or null until asked. */
    private AtomicReferenceArray<int[]> slots;

    Word(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = Objects.requireNonNull(text);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    boolean isDigits() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** A word of four digits from 1900 to 2100. */
    boolean isYear() {
        if (!text.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(text);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The years a report may name. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** A word in Latin letters (English): its grammar puts some things on the other side. */
    boolean latin() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0)) && text.charAt(0) < 0x80;
    }

    boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    }

    /**
     * What lexicon {@code slot} gives for this word's text: kept in {@link LexiconSlots}, worked out by
     * {@code compute} the first time any word of this text is asked.
     */
    int[] starting(int slot, Function<String, int[]> compute) {
        if (slots == null) {
            slots = LexiconSlots.of(this);
        }
        if (slot >= slots.length()) {
            // a lexicon loaded after this text was first seen
            return compute.apply(text);
        }
        int[] found = slots.get(slot);
        if (found == null) {
            found = compute.apply(text);
            slots.set(slot, found);
        }
        return found;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Word w && w.start == start && w.end == end && w.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text);
    }

    @Override
    public String toString() {
        return "Word[start=" + start + ", end=" + end + ", text=" + text + "]";
    }
}
