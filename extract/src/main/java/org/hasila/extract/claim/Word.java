package org.hasila.extract.claim;

/** One token of folded text at [start, end): a word, a digit run or a punctuation mark. */
record Word(int start, int end, String text) {

    boolean isDigits() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    }
}
