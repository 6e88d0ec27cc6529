package org.hasila.core.text;

/**
 * Quotation marks and the like become spaces, so that names quoted inside names
 * ({@code قوات "سوريا الديمقراطية"}) match their bare form; Latin letters are lowercased.
 */
public final class PunctuationFold implements CharFold {

    private static final String QUOTES = "\"'“”„«»‘’`\u201F\u2033";

    /** Whether {@code c} is a quotation mark, which folding makes a space. */
    public static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    @Override
    public int fold(char c) {
        if (QUOTES.indexOf(c) >= 0) {
            return ' ';
        }
        if (c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '\u200B') {
            return c == '\u00A0' ? ' ' : DROP;
        }
        return c < 0x80 ? Character.toLowerCase(c) : c;
    }
}
