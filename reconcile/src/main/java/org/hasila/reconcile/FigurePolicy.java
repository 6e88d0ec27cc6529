package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;

/** Turns the current claims of each source into low, best and high. */
interface FigurePolicy {

    String name();

    /**
     * @param current  one quantity per source, never empty: they make the range
     * @param credible those of them the best is taken from ({@link EarlierCounts}), never empty
     * @param conflict whether they cannot all hold
     */
    Estimate estimate(List<Quantity> current, List<Quantity> credible, boolean conflict);

    static FigurePolicy named(String name) {
        return switch (name) {
            case ReconcileSettings.UCDP -> new UcdpPolicy();
            case ReconcileSettings.CONSERVATIVE -> new ConservativePolicy();
            default -> throw new IllegalArgumentException("unknown figure policy: " + name);
        };
    }

    /** The number a statement puts forward: the bound it names ("fewer than 10" names 10). */
    static long stated(Quantity q) {
        return q.qualifier() == Qualifier.AT_MOST && q.high() != null ? q.high() : q.low();
    }

    /**
     * Those of {@code counts} that state a number, where any does: a word of magnitude ("several"، "عشرات") names an
     * order, not a count, and the number of a count beside it is the better reading of what both saw (MSF's "several
     * bodies" beside the ministry's 68; "العشرات" beside 48 wounded).
     */
    static List<Quantity> numbered(List<Quantity> counts) {
        List<Quantity> numbered = counts.stream().filter(q -> q.qualifier() != Qualifier.VAGUE).toList();
        return numbered.isEmpty() ? counts : numbered;
    }

    /**
     * The range the sources leave: where they agree, the values all their statements allow (falling back
     * to the span of what they state when they agree only within the approximation margin, an open-ended bound
     * taken as no more than its bound); where they
     * disagree, from the lowest value any allows to the highest number any states.
     */
    static Estimate range(List<Quantity> current, boolean conflict) {
        long maxLow = current.stream().mapToLong(Quantity::low).max().orElseThrow();
        long minLow = current.stream().mapToLong(Quantity::low).min().orElseThrow();
        boolean open = current.stream().anyMatch(q -> q.high() == null);
        long maxStated = current.stream().mapToLong(q -> q.high() == null ? q.low() : q.high()).max().orElseThrow();
        if (conflict) {
            // the highest number any states: a word of magnitude beside numbers states none but the least it allows
            long highest = numbered(current).stream().mapToLong(q -> q.high() == null ? q.low() : q.high()).max()
                    .orElseThrow();
            return new Estimate(minLow, null, Math.max(highest, maxLow));
        }
        Long minHigh = current.stream().filter(q -> q.high() != null).map(Quantity::high)
                .min(Long::compare).orElse(null);
        if (minHigh == null || maxLow <= minHigh) {
            return new Estimate(maxLow, null, minHigh);
        }
        // agreeing only within an approximate figure's margin ("نحو 70" and 68): the span of what the closed
        // statements state; an open one ("at least 30", some group's count of a toll) agrees with every larger value
        // and counts none of its own, so it lowers the span only to its own bound
        List<Quantity> closed = current.stream().filter(q -> q.high() != null).toList();
        if (open && !closed.isEmpty()) {
            long closedLow = closed.stream().mapToLong(Quantity::low).min().orElseThrow();
            long openLow = current.stream().filter(q -> q.high() == null).mapToLong(Quantity::low).max().orElseThrow();
            long closedHigh = closed.stream().mapToLong(Quantity::high).max().orElseThrow();
            return new Estimate(Math.max(closedLow, openLow), null, Math.max(closedHigh, openLow));
        }
        return new Estimate(minLow, null, open ? null : maxStated);
    }
}
