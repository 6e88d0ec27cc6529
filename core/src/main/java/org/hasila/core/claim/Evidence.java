package org.hasila.core.claim;

/**
 * Where something was read: offsets into the document's text and the text between them.
 *
 * @param start first char index, inclusive
 * @param end   last char index, exclusive
 * @param quote exactly {@code text.substring(start, end)}
 */
public record Evidence(int start, int end, String quote) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (quote == null || quote.length() != end - start) {
            throw new IllegalArgumentException("quote does not fit span " + start + ".." + end);
        }
    }

    /** The evidence for {@code text[start, end)}. */
    public static Evidence of(String text, int start, int end) {
        return new Evidence(start, end, text.substring(start, end));
    }
}
