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

    /**
     * This text with its folded form replaced by {@code folded}, of the same length, char for char: the map back to the
     * original stays as it is (marks blanked to spaces, say).
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public NormalizedText withFolded(String folded) {
        if (folded.length() != this.folded.length()) {
            throw new IllegalArgumentException("a refolded text must keep its length: " + this.folded.length()
                    + " chars, not " + folded.length());
        }
        return new NormalizedText(original, folded, toOriginal);
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

    /**
     * Original exclusive end for a folded span ending (exclusive) at {@code end}. The diacritics and tatweel
     * that followed the last kept letter belong to that letter, so the span takes them too ("ألفاً", not "ألفا").
     */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        if (end > toOriginal.length) {
            return original.length();
        }
        int last = toOriginal[end - 1] + 1;
        while (last < original.length() && isMark(original.charAt(last))) {
            last++;
        }
        return last;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }
}
