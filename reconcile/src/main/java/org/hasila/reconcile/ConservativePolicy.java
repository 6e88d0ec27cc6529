package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;

/**
 * As ACLED does: the best figure is the lowest credible one. Where the sources agree that is the
 * lowest value all of them allow (where all of them state only a ceiling, "up to ten", the lowest ceiling); where they disagree, the same of the counts no later count raised ({@link
 * EarlierCounts}) where those agree, else the lowest number any of them states (a word of magnitude beside numbers
 * states none: {@link FigurePolicy#numbered}).
 */
final class ConservativePolicy implements FigurePolicy {

    @Override
    public String name() {
        return ReconcileSettings.CONSERVATIVE;
    }

    @Override
    public Estimate estimate(List<Quantity> current, List<Quantity> credible, boolean conflict) {
        Estimate range = FigurePolicy.range(current, conflict);
        long best;
        if (!conflict && current.stream().allMatch(q -> q.qualifier() == Qualifier.AT_MOST && q.high() != null)) {
            // "ما يصل إلى عشرة مدنيين": a ceiling alone allows none, but what it states is its number
            best = current.stream().mapToLong(FigurePolicy::stated).min().orElseThrow();
        } else if (!conflict) {
            best = range.low();
        } else if (Bounds.allAgree(credible)) {
            // the counts no later count raised agree ("أكثر من 1300" and "1450"): the lowest value all of them allow
            best = FigurePolicy.range(credible, false).low();
        } else {
            best = FigurePolicy.numbered(credible).stream().mapToLong(FigurePolicy::stated).min().orElseThrow();
        }
        return new Estimate(range.low(), best, range.high());
    }
}
