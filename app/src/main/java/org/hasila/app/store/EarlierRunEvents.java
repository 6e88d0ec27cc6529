package org.hasila.app.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hasila.reconcile.EarlierEvents;

/**
 * The signatures of one earlier run's events, for the reconcile step to find its incidents among
 * ({@link ReconciliationStore#earlier}), with the row of each, which {@link ReconciliationStore#copy} copies into the
 * new run without reading it; counts how many were found.
 */
public final class EarlierRunEvents implements EarlierEvents {

    private final String version;
    private final Long run;
    private final Map<String, Integer> seqOf;
    private int found;

    EarlierRunEvents(String version, Long run, Map<String, Integer> seqOf) {
        this.version = version;
        this.run = run;
        this.seqOf = seqOf;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> find(List<String> signatures) {
        Set<String> events = new HashSet<>();
        for (String signature : signatures) {
            if (signature != null && seqOf.containsKey(signature)) {
                events.add(signature);
            }
        }
        found += events.size();
        return events;
    }

    /** The run whose events these are, or {@code null}. */
    public Long run() {
        return run;
    }

    /** The row (SEQ) of the run's event of a signature {@link #find} found. */
    int seqOf(String signature) {
        Integer seq = seqOf.get(signature);
        if (seq == null) {
            throw new IllegalArgumentException("no event of run " + run + " has the signature " + signature);
        }
        return seq;
    }

    /** How many events were found so far. */
    public int found() {
        return found;
    }
}
