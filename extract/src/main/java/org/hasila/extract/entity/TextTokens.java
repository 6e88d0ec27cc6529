package org.hasila.extract.entity;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into letter/digit runs; everything else (spaces, punctuation) separates tokens. */
public final class TextTokens {

    private TextTokens() {
    }

    public static List<TextToken> of(String text) {
        return of(text, 0, text.length());
    }

    /** The tokens lying inside [from, to). */
    public static List<TextToken> of(String text, int from, int to) {
        List<TextToken> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && isWordChar(text.charAt(i))) {
                i++;
            }
            tokens.add(new TextToken(start, i));
        }
        return tokens;
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
