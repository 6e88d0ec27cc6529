package org.hasila.app.store;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows the store keeps for one run (by job instance): the files the run read ({@code HASILA_RUN_FILE}) and the
 * events its reconcile step concluded ({@code HASILA_EVENT}, and {@code HASILA_RECONCILIATION} of older builds).
 * Once a run has published its report they serve a restart of it, and its events the next run (which takes those
 * whose signatures it finds instead of assembling them again), while each night adds a run's worth (20,000 rows and
 * about 23 MB of events at 20,000 articles). Documents, claims,
 * mentions and near-duplicate pairs are shared by every run and are not a run's rows.
 */
@Repository
public class RunRows {

    /** The tables holding a run's rows, each keyed by JOB_INSTANCE_ID first. */
    static final List<String> TABLES = List.of("HASILA_RUN_FILE", "HASILA_EVENT", "HASILA_RECONCILIATION");

    private final JdbcTemplate jdbc;

    public RunRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The job instances that have rows in any of the tables. Each table's key starts with the instance, so each
     * instance found costs one look into that key (the first key above the last instance found), however many rows
     * it has. Asked as the first row in key order, not as a {@code MIN} above a bound, which H2 computes by reading
     * every row above the bound (30 runs of 20,000 files: 600,000 rows for each instance found).
     */
    public SortedSet<Long> instances() {
        SortedSet<Long> instances = new TreeSet<>();
        for (String table : TABLES) {
            instances.addAll(instancesOf(table));
        }
        return instances;
    }

    /** The job instances that have events stored a row each ({@code HASILA_EVENT}), found as by {@link #instances}. */
    public SortedSet<Long> instancesWithEvents() {
        return instancesOf("HASILA_EVENT");
    }

    private SortedSet<Long> instancesOf(String table) {
        SortedSet<Long> instances = new TreeSet<>();
        String next = next(table);
        for (List<Long> found = jdbc.queryForList(next, Long.class, Long.MIN_VALUE); !found.isEmpty();
             found = jdbc.queryForList(next, Long.class, found.get(0))) {
            instances.add(found.get(0));
        }
        return instances;
    }

    /** The first instance of {@code table} above a given one. */
    static String next(String table) {
        return "SELECT JOB_INSTANCE_ID FROM " + table
                + " WHERE JOB_INSTANCE_ID > ? ORDER BY JOB_INSTANCE_ID FETCH FIRST 1 ROW ONLY";
    }

    /** Removes the instance's rows from every table; returns how many were removed. */
    public int forget(long jobInstanceId) {
        int removed = 0;
        for (String table : TABLES) {
            removed += jdbc.update("DELETE FROM " + table + " WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
        }
        return removed;
    }
}
