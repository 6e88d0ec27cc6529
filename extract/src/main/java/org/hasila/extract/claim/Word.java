package org.hasila.extract.claim;

/** One token of folded text at [start, end): a word, a digit run or a punctuation mark. */
record Word(int start, int end, String text) {

    boolean isDigits() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** A word in Latin letters (English): its grammar puts some things on the other side. */
    boolean latin() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0)) && text.charAt(0) < 0x80;
    }

    boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    }
}
