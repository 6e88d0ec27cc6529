package org.hasila.core.event;

import java.util.List;
import java.util.Map;

/** What reconciliation concludes: the events, and which event each claim belongs to. */
public record Reconciliation(List<Event> events, Map<String, String> eventOfClaim) {
}
