package org.hasila.reconcile;

import java.util.Locale;
import org.hasila.core.event.Reconciliation;

/**
 * Prints reconciliation time at growing claim counts, so that n log n growth can be checked by eye:
 * the time per claim should stay about flat from 10,000 to 100,000 claims. See the README for the command.
 */
public final class ReconcileBenchmark {

    private ReconcileBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 20_000, 50_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());
        SyntheticNight warmUp = SyntheticNight.of(5_000);
        reconciler.reconcile(warmUp.documents(), warmUp.claims(), warmUp.mentions());
        System.out.println("claims      events   ms    µs/claim");
        for (int n : sizes) {
            SyntheticNight night = SyntheticNight.of(n);
            long t = System.nanoTime();
            Reconciliation r = reconciler.reconcile(night.documents(), night.claims(), night.mentions());
            long micros = (System.nanoTime() - t) / 1_000;
            System.out.printf(Locale.ROOT, "%-11d %-8d %-5d %.1f%n", n, r.events().size(), micros / 1_000,
                    (double) micros / n);
        }
    }
}
