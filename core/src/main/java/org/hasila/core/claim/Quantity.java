package org.hasila.core.claim;

/**
 * A stated figure as an interval.
 *
 * @param low       the lowest value the statement allows
 * @param high      the highest value it allows, or {@code null} when open-ended
 * @param qualifier how the statement bounds the figure
 * @param text      the words that state it, as written
 */
public record Quantity(long low, Long high, Qualifier qualifier, String text) {

    public Quantity {
        if (high != null && high < low) {
            throw new IllegalArgumentException("high " + high + " below low " + low);
        }
    }

    public static Quantity exact(long n, String text) {
        return new Quantity(n, n, Qualifier.EXACT, text);
    }

    /** True when some value lies in both intervals. */
    public boolean overlaps(Quantity other) {
        long hi = high == null ? Long.MAX_VALUE : high;
        long otherHi = other.high == null ? Long.MAX_VALUE : other.high;
        return low <= otherHi && other.low <= hi;
    }
}
