package org.hasila.app.store;

import java.util.List;
import org.hasila.core.event.Reconciliation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The events a run's reconcile step concluded, kept for its report step (and a restart of it). */
@Repository
public class ReconciliationStore {

    private static final String UPSERT = Upsert.into("HASILA_RECONCILIATION", List.of("JOB_INSTANCE_ID"), List.of("BODY"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ReconciliationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(long jobInstanceId, Reconciliation reconciliation) {
        jdbc.update(UPSERT, jobInstanceId, json.writeValueAsString(reconciliation));
    }

    public Reconciliation load(long jobInstanceId) {
        List<Reconciliation> found = jdbc.query("SELECT BODY FROM HASILA_RECONCILIATION WHERE JOB_INSTANCE_ID = ?",
                (rs, n) -> json.readValue(rs.getString(1), Reconciliation.class), jobInstanceId);
        return found.isEmpty() ? new Reconciliation(List.of(), java.util.Map.of()) : found.get(0);
    }
}
