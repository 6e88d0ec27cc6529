package org.hasila.extract.number;

import java.util.List;
import org.hasila.core.text.Proclitics;

/**
 * A word, a digit group or a punctuation mark of the folded text.
 *
 * @param glued    true when no space separates it from the token before
 * @param readings for a word, the ways to read it with and without proclitics (computed once here
 *                 because every lookup of the grammar needs them); empty otherwise
 */
record Token(int start, int end, Type type, String text, boolean glued, List<Proclitics.Reading> readings) {

    enum Type { WORD, NUM, PUNCT }

    static Token of(int start, int end, Type type, String text, boolean glued) {
        return new Token(start, end, type, text, glued, type == Type.WORD ? Proclitics.readings(text) : List.of());
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNum() {
        return type == Type.NUM;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    /** True for a word written in Latin letters (F16, mp3): digits glued to it are not counts. */
    boolean latin() {
        return isWord() && text.charAt(0) < 0x80;
    }
}
