package org.hasila.report;

/**
 * A quote and up to {@link #WINDOW} characters of its document's text on either side, cut at a space so no word is
 * split, so a reader sees what the sentence answers to without opening the document.
 *
 * @param before    text before the quote
 * @param quote     the quoted span itself
 * @param after     text after the quote
 * @param cutBefore whether the document goes on before {@code before}
 * @param cutAfter  whether the document goes on after {@code after}
 */
record QuoteContext(String before, String quote, String after, boolean cutBefore, boolean cutAfter) {

    static final int WINDOW = 150;

    /** The context of {@code [start, end)} in {@code text}; only the quote when the text is unknown. */
    static QuoteContext of(String text, int start, int end, String quote) {
        if (text == null || start < 0 || end < start || end > text.length()) {
            return new QuoteContext("", quote, "", false, false);
        }
        int from = Math.max(0, start - WINDOW);
        if (from > 0) {
            int space = firstSpace(text, from, start);
            from = space < 0 ? from : space + 1;
            if (Character.isLowSurrogate(text.charAt(from)) && from < start) {
                from++;
            }
        }
        int to = Math.min(text.length(), end + WINDOW);
        if (to < text.length()) {
            int space = lastSpace(text, end, to);
            to = space < 0 ? to : space;
            if (to > end && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
        }
        return new QuoteContext(text.substring(from, start), text.substring(start, end), text.substring(end, to),
                from > 0, to < text.length());
    }

    private static int firstSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
