package org.hasila.extract.number;

/**
 * The number itself, before qualifiers: which tokens state it, its folded span and its value.
 *
 * @param first  index of its first token
 * @param last   index of its last token (inclusive)
 * @param high   the upper bound, equal to {@code low} unless the number is vague
 */
record Core(int first, int last, int numberStart, int numberEnd, long low, long high, Source source) {

    /** What states the number; dates and ordinals are only a risk for numerals. */
    enum Source { DIGITS, WORDS, VAGUE, DUAL, SINGULAR }

    static Core exact(int first, int last, int numberStart, int numberEnd, long value, Source source) {
        return new Core(first, last, numberStart, numberEnd, value, value, source);
    }

    boolean numeral() {
        return source == Source.DIGITS || source == Source.WORDS;
    }

    Core extendTo(int newLast, int newEnd, Source newSource) {
        return new Core(first, newLast, numberStart, newEnd, low, high, newSource);
    }
}
