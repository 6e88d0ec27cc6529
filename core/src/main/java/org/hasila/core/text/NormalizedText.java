package org.hasila.core.text;

/**
 * A text folded for matching, with the map back to the original so that spans found in the
 * folded text are reported against the original.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    private final int[] toOriginal;

    NormalizedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    public String original() {
        return original;
    }

    /** The folded text, in which to match. */
    public String text() {
        return folded;
    }

    /** Original index of the folded char at {@code i}; {@code i == length} maps to the original's length. */
    public int originalStart(int i) {
        return i >= toOriginal.length ? original.length() : toOriginal[i];
    }

    /** Original exclusive end for a folded span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return end > toOriginal.length ? original.length() : toOriginal[end - 1] + 1;
    }
}
