package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;

/**
 * The values a claim allows when claims are compared. An approximate figure ("about 5,000") is
 * stated as the point [n, n] but allows {@value #APPROXIMATE_PERCENT}% either side: about 100 and
 * 105 agree, about 5,000 and about 3,500 do not. Every other qualifier allows exactly its interval.
 *
 * @param low  the lowest value allowed
 * @param high the highest value allowed, or {@code null} when open-ended
 */
record Bounds(long low, Long high) {

    static final int APPROXIMATE_PERCENT = 10;

    static Bounds of(Quantity q) {
        if (q.qualifier() != Qualifier.APPROXIMATE) {
            return new Bounds(q.low(), q.high());
        }
        long low = Math.max(0, q.low() - margin(q.low()));
        Long high = q.high() == null ? null : q.high() + margin(q.high());
        return new Bounds(low, high);
    }

    /** True when one value lies within every interval: intervals on a line meet if each pair does. */
    static boolean allAgree(List<Quantity> quantities) {
        long maxLow = Long.MIN_VALUE;
        long minHigh = Long.MAX_VALUE;
        for (Quantity q : quantities) {
            Bounds b = of(q);
            maxLow = Math.max(maxLow, b.low());
            minHigh = Math.min(minHigh, b.high() == null ? Long.MAX_VALUE : b.high());
        }
        return maxLow <= minHigh;
    }

    boolean contains(long value) {
        return value >= low && (high == null || value <= high);
    }

    private static long margin(long n) {
        return (n * APPROXIMATE_PERCENT + 99) / 100;
    }
}
