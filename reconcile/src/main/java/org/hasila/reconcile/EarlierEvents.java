package org.hasila.reconcile;

import java.util.List;
import java.util.Set;

/**
 * Events an earlier reconciliation stored, found again by their signatures: a digest of everything an event is made
 * from (its incident's key and place name, each claim, document and date in it, the documents' publication dates and
 * the originals they copy, the policy and window, and {@link #version() what} extracted the claims and assembles the
 * events). An incident whose signature an earlier run stored is that run's event again, so a nightly run assembles
 * only the incidents its new documents touch, and its sink takes the others as they were stored
 * ({@link EventSink#acceptEarlier}).
 */
public interface EarlierEvents {

    /**
     * Names what extracts claims and assembles events now (the build and the data it reads), part of every
     * signature, so that events are never taken from another build; {@code null} signs nothing and finds nothing.
     */
    String version();

    /** Those of these signatures (some may be {@code null}) whose events an earlier reconciliation stored. */
    Set<String> find(List<String> signatures);

    /** No earlier events, and no signatures. */
    static EarlierEvents none() {
        return new EarlierEvents() {
            @Override
            public String version() {
                return null;
            }

            @Override
            public Set<String> find(List<String> signatures) {
                return Set.of();
            }
        };
    }
}
