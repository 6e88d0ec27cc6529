package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.event.Event;

/** Receives each event as it is reconciled, with the ids of its claims and its signature ({@link EarlierEvents}). */
@FunctionalInterface
public interface EventSink {

    /** An event assembled now; {@code signature} is {@code null} when nothing was signed. */
    void accept(Event event, List<String> claimIds, String signature);

    /**
     * An incident whose signature {@link EarlierEvents#find} found: its event is the one stored under that signature,
     * unchanged, and was neither read nor assembled. Only a reconciliation given earlier events calls it.
     */
    default void acceptEarlier(String signature, List<String> claimIds) {
        throw new IllegalStateException("this sink takes no earlier events: reconcile with EarlierEvents.none()");
    }
}
