package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words, digit groups and punctuation. A digit group keeps the separators
 * between its digits (5,000 / 1.5 / 19:01 / 20/1/2022) so that the parser can tell counts from dates.
 */
final class Tokenizer {

    private static final String INNER_SEPARATORS = ".,/:-";

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        int lastEnd = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (isDigit(c)) {
                type = Token.Type.NUM;
                while (i < to && (isDigit(text.charAt(i)) || innerSeparator(text, i, to))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                type = Token.Type.WORD;
                boolean latin = c < 0x80;
                while (i < to && Character.isLetter(text.charAt(i)) && (text.charAt(i) < 0x80) == latin) {
                    i++;
                }
            } else {
                type = Token.Type.PUNCT;
                i++;
            }
            tokens.add(Token.of(start, i, type, text.substring(start, i), start == lastEnd));
            lastEnd = i;
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean innerSeparator(String text, int i, int to) {
        return INNER_SEPARATORS.indexOf(text.charAt(i)) >= 0
                && i > 0 && isDigit(text.charAt(i - 1))
                && i + 1 < to && isDigit(text.charAt(i + 1));
    }
}
