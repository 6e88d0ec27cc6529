package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.event.Event;

/** Receives each event as it is reconciled, with the ids of its claims and its signature ({@link EarlierEvents}). */
@FunctionalInterface
public interface EventSink {

    /** @param signature what the event was made of, or {@code null} when nothing was signed */
    void accept(Event event, List<String> claimIds, String signature);
}
