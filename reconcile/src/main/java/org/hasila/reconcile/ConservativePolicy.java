package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.claim.Quantity;

/**
 * As ACLED does: the best figure is the lowest credible one. Where the sources agree that is the
 * lowest value all of them allow; where they disagree, the lowest number any current source states, of the counts no
 * later count raised ({@link EarlierCounts}).
 */
final class ConservativePolicy implements FigurePolicy {

    @Override
    public String name() {
        return ReconcileSettings.CONSERVATIVE;
    }

    @Override
    public Estimate estimate(List<Quantity> current, List<Quantity> credible, boolean conflict) {
        Estimate range = FigurePolicy.range(current, conflict);
        long best = conflict
                ? credible.stream().mapToLong(FigurePolicy::stated).min().orElseThrow()
                : range.low();
        return new Estimate(range.low(), best, range.high());
    }
}
