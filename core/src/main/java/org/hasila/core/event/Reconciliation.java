package org.hasila.core.event;

import java.util.List;
import java.util.Map;

/**
 * What reconciliation concludes: the events, and which event each claim belongs to.
 *
 * @param signatures for each event, in the order of {@code events}, the digest of everything it was made of (see
 *                   the reconciler's signatures), or {@code null} where it is not known; {@code null} for none
 */
public record Reconciliation(List<Event> events, Map<String, String> eventOfClaim, List<String> signatures) {

    /** A reconciliation whose events are not signed. */
    public Reconciliation(List<Event> events, Map<String, String> eventOfClaim) {
        this(events, eventOfClaim, null);
    }

    /** The signature of the {@code index}-th event, or {@code null} when it is not known. */
    public String signature(int index) {
        return signatures == null || index >= signatures.size() ? null : signatures.get(index);
    }
}
