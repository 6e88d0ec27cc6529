package org.hasila.app.job;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The documents the extract step still has to do: the run's readable documents (those of the partition's share of
 * ids, when the step runs a partition) that this extractor version has not extracted yet, as a condition on
 * {@code HASILA_DOCUMENT D} with named parameters. A chunk marks its documents extracted as it commits, so the
 * condition itself is where a restart resumes. A class, not a record: a step-scoped bean is a proxy, a subclass.
 */
public class ExtractSelection {

    private final String where;
    private final Map<String, Object> parameters;

    ExtractSelection(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    public String where() {
        return where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    static ExtractSelection of(long instanceId, String version, PartitionShare share) {
        StringBuilder where = new StringBuilder("D.STATUS = 'PROCESSED'"
                + " AND (D.EXTRACTED_WITH IS NULL OR D.EXTRACTED_WITH <> :version)"
                + " AND EXISTS (SELECT 1 FROM HASILA_RUN_FILE F"
                + " WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = :instance)");
        Map<String, Object> parameters = new HashMap<>(Map.of("instance", instanceId, "version", version));
        if (share.firstId() != null) {
            where.append(" AND D.ID >= :firstId");
            parameters.put("firstId", share.firstId());
        }
        if (share.endId() != null) {
            where.append(" AND D.ID < :endId");
            parameters.put("endId", share.endId());
        }
        return new ExtractSelection(where.toString(), Map.copyOf(parameters));
    }

    /** How many documents are left to extract now. */
    public long count(NamedParameterJdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_DOCUMENT D WHERE " + where, parameters, Long.class);
        return n == null ? 0 : n;
    }
}
