package org.hasila.app.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events a run's reconcile step concluded, a row each, kept for its report step (and a restart of it). The
 * reconcile step adds them as they come; the report step reads them back in report order, a page at a time.
 */
@Repository
public class ReconciliationStore {

    /**
     * An event as the reconcile step stores it: the {@code seq}-th it concluded, with the ids of its claims and its
     * signature (or {@code null}), by which a later run finds it again ({@link #earlier}).
     */
    public record StoredEvent(int seq, Event event, List<String> claimIds, String signature) {

        public StoredEvent(int seq, Event event, List<String> claimIds) {
            this(seq, event, claimIds, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ReconciliationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Forgets what an earlier attempt of the run's reconcile step stored. */
    public void clear(long jobInstanceId) {
        jdbc.update("DELETE FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
        jdbc.update("DELETE FROM HASILA_RECONCILIATION WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
    }

    public void add(long jobInstanceId, List<StoredEvent> events) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (StoredEvent e : events) {
            rows.add(new Object[] {jobInstanceId, e.seq(), e.event().id(), e.event().start(),
                    String.join(",", e.claimIds()), json.writeValueAsString(e.event()), e.signature()});
        }
        jdbc.batchUpdate("INSERT INTO HASILA_EVENT (JOB_INSTANCE_ID, SEQ, ID, START_DATE, CLAIM_IDS, BODY, SIGNATURE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * A run's events as a later run finds them by signature, signing its own with {@code version}; with no run
     * ({@code null}), none are found. Reads the run's signatures (a few bytes an event), not its events.
     */
    public EarlierRunEvents earlier(Long jobInstanceId, String version) {
        Map<String, Integer> seqOf = new HashMap<>();
        if (jobInstanceId != null) {
            jdbc.query("SELECT SIGNATURE, SEQ FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ? AND SIGNATURE IS NOT NULL",
                    rs -> {
                        seqOf.putIfAbsent(rs.getString(1), rs.getInt(2));
                    }, jobInstanceId);
        }
        return new EarlierRunEvents(version, jobInstanceId, seqOf);
    }

    /**
     * Stores, as the {@code seq}-th events of a run, the events an earlier run stored under the given signatures
     * (found by {@code earlier}), row for row in the database: they are never read, decoded or written again here.
     */
    public void copy(long jobInstanceId, EarlierRunEvents earlier, Map<Integer, String> signatureOfSeq) {
        List<Object[]> rows = new ArrayList<>(signatureOfSeq.size());
        signatureOfSeq.forEach((seq, signature) -> rows.add(new Object[] {jobInstanceId, seq, earlier.run(),
                earlier.seqOf(signature)}));
        jdbc.batchUpdate("INSERT INTO HASILA_EVENT (JOB_INSTANCE_ID, SEQ, ID, START_DATE, CLAIM_IDS, BODY, SIGNATURE)"
                + " SELECT ?, ?, ID, START_DATE, CLAIM_IDS, BODY, SIGNATURE FROM HASILA_EVENT"
                + " WHERE JOB_INSTANCE_ID = ? AND SEQ = ?", rows);
    }

    /**
     * The run's reconciliation: its events as a list read from the store a page at a time whenever it is gone
     * through (never held), their signatures (a report copies an unchanged event's entry by it), and the event of
     * each claim (a compact read-only map, {@link ClaimEvents}).
     */
    public Reconciliation load(long jobInstanceId) {
        List<EventKey> keys = new ArrayList<>();
        ClaimEvents eventOfClaim = new ClaimEvents();
        jdbc.query("SELECT SEQ, START_DATE, ID, CLAIM_IDS, SIGNATURE FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ?",
                rs -> {
                    String event = rs.getString(3);
                    keys.add(new EventKey(rs.getString(2), event, rs.getInt(1), rs.getString(5)));
                    String claims = rs.getString(4);
                    eventOfClaim.add(event, claims.isEmpty() ? List.of() : List.of(claims.split(",")));
                }, jobInstanceId);
        if (keys.isEmpty()) {
            return loadWhole(jobInstanceId);
        }
        keys.sort(EventKey.ORDER);
        int[] seqs = keys.stream().mapToInt(EventKey::seq).toArray();
        List<String> signatures = Collections.unmodifiableList(Arrays.asList(
                keys.stream().map(EventKey::signature).toArray(String[]::new)));
        return new Reconciliation(new StoredEvents(jdbc, json, jobInstanceId, seqs), eventOfClaim, signatures);
    }

    /** What orders an event in the report ({@link Event#ORDER}), then which row it is. */
    private record EventKey(String start, String id, int seq, String signature) {

        static final Comparator<EventKey> ORDER = Event.<EventKey>order(EventKey::start, EventKey::id)
                .thenComparingInt(EventKey::seq);
    }

    /** A run reconciled by a version that stored the reconciliation in one piece. */
    private Reconciliation loadWhole(long jobInstanceId) {
        List<Reconciliation> found = jdbc.query("SELECT BODY FROM HASILA_RECONCILIATION WHERE JOB_INSTANCE_ID = ?",
                (rs, n) -> json.readValue(rs.getString(1), Reconciliation.class), jobInstanceId);
        return found.isEmpty() ? new Reconciliation(List.of(), Map.of()) : found.get(0);
    }
}
