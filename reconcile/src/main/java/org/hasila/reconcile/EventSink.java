package org.hasila.reconcile;

import java.util.List;
import org.hasila.core.event.Event;

/** Receives each event as it is reconciled, with the ids of its claims. */
@FunctionalInterface
public interface EventSink {

    void accept(Event event, List<String> claimIds);
}
