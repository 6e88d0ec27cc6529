package org.hasila.app.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.hasila.core.event.Event;
import org.hasila.reconcile.EarlierEvents;

/**
 * The events of the latest earlier run that stored any, found by signature for the reconcile step
 * ({@link ReconciliationStore#earlier}); counts how many were found.
 */
public final class EarlierRunEvents implements EarlierEvents {

    /** Reads the rows of the given sequence numbers, handing on each one's event, decoded when it is taken. */
    interface Rows {
        void read(List<Integer> seqs, BiConsumer<Integer, Supplier<Event>> each);
    }

    private final String version;
    private final Long run;
    private final Map<String, Integer> seqOf;
    private final Rows rows;
    private int found;

    EarlierRunEvents(String version, Long run, Map<String, Integer> seqOf, Rows rows) {
        this.version = version;
        this.run = run;
        this.seqOf = seqOf;
        this.rows = rows;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, Supplier<Event>> find(List<String> signatures) {
        Map<Integer, String> signatureOfSeq = new HashMap<>();
        for (String signature : signatures) {
            Integer seq = signature == null ? null : seqOf.get(signature);
            if (seq != null) {
                signatureOfSeq.put(seq, signature);
            }
        }
        Map<String, Supplier<Event>> events = new HashMap<>();
        if (!signatureOfSeq.isEmpty()) {
            rows.read(List.copyOf(signatureOfSeq.keySet()), (seq, event) -> events.put(signatureOfSeq.get(seq), event));
        }
        found += events.size();
        return events;
    }

    /** The run whose events these are, or {@code null}. */
    public Long run() {
        return run;
    }

    /** How many events were found so far. */
    public int found() {
        return found;
    }
}
