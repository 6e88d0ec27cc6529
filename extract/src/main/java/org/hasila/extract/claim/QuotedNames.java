package org.hasila.extract.claim;

import org.hasila.core.text.NormalizedText;

/**
 * Names in quotation marks that a number closes: an outlet's or a channel's (لـ"دير الزور 24"، «الشرق 24»). The folded
 * text drops quotation marks, so they are read in the original text, at the original offsets of folded spans.
 */
final class QuotedNames {

    private static final String QUOTES = "\"«»“”";

    private QuotedNames() {
    }

    /** Whether a quotation mark stands right after the folded span ending at {@code foldedEnd}. */
    static boolean closesAt(NormalizedText text, int foldedEnd) {
        int after = text.originalEnd(foldedEnd);
        return after < text.original().length() && isQuote(text.original().charAt(after));
    }

    /**
     * The original offset of the last quotation mark in the original text of the folded span [foldedFrom,
     * foldedTo), or -1.
     */
    static int lastOpening(NormalizedText text, int foldedFrom, int foldedTo) {
        String original = text.original();
        for (int c = text.originalStart(foldedTo) - 1; c >= text.originalStart(foldedFrom); c--) {
            if (isQuote(original.charAt(c))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the folded span [foldedStart, foldedEnd) opens a quoted name that a number closes ("دير الزور" in
     * لـ"دير الزور 24"): a quotation mark right before it, then the number and a quotation mark right after it.
     */
    static boolean opensANameANumberCloses(NormalizedText text, int foldedStart, int foldedEnd) {
        String original = text.original();
        int opened = text.originalStart(foldedStart) - 1;
        while (opened >= 0 && Character.isWhitespace(original.charAt(opened))) {
            opened--;
        }
        if (opened < 0 || !isQuote(original.charAt(opened))) {
            return false;
        }
        int i = text.originalEnd(foldedEnd);
        while (i < original.length() && original.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < original.length() && Character.isDigit(original.charAt(i))) {
            i++;
        }
        return i > digits && i < original.length() && isQuote(original.charAt(i));
    }

    /**
     * Whether quotation marks enclose the folded span [foldedStart, foldedEnd) and nothing else: a title ("صحيفتي «26
     * سبتمبر» و«اليمن»": a newspaper's name, neither a date nor a place).
     */
    static boolean enclosesWhole(NormalizedText text, int foldedStart, int foldedEnd) {
        String original = text.original();
        int before = text.originalStart(foldedStart) - 1;
        while (before >= 0 && original.charAt(before) == ' ') {
            before--;
        }
        int after = text.originalEnd(foldedEnd);
        while (after < original.length() && original.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < original.length() && isQuote(original.charAt(before))
                && isQuote(original.charAt(after));
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
