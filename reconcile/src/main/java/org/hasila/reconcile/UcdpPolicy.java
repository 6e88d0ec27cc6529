package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.claim.Quantity;

/**
 * UCDP-style low, best and high: low and high span what the current sources allow or state, and the
 * best estimate is the middle one of the numbers they state (of the counts no later count raised) (the lower middle for an even count),
 * kept within low and high.
 */
final class UcdpPolicy implements FigurePolicy {

    @Override
    public String name() {
        return ReconcileSettings.UCDP;
    }

    @Override
    public Estimate estimate(List<Quantity> current, List<Quantity> credible, boolean conflict) {
        Estimate range = FigurePolicy.range(current, conflict);
        long[] stated = credible.stream().mapToLong(FigurePolicy::stated).sorted().toArray();
        long best = stated[(stated.length - 1) / 2];
        best = Math.max(best, range.low());
        if (range.high() != null) {
            best = Math.min(best, range.high());
        }
        return new Estimate(range.low(), best, range.high());
    }
}
