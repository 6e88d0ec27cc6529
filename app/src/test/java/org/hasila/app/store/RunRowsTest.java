package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run's rows found by their job instance, whichever of the run tables holds them, and removed from all of them. */
class RunRowsTest {

    JdbcTemplate jdbc;
    RunRows rows;

    @BeforeEach
    void database() {
        jdbc = StoreDatabase.fresh();
        rows = new RunRows(jdbc);
    }

    void runFile(long instance, String path) {
        jdbc.update("INSERT INTO HASILA_RUN_FILE (JOB_INSTANCE_ID, FILE_PATH, DOCUMENT_ID) VALUES (?, ?, 'd-1')",
                instance, path);
    }

    void event(long instance, int seq) {
        jdbc.update("INSERT INTO HASILA_EVENT (JOB_INSTANCE_ID, SEQ, ID, CLAIM_IDS, BODY) VALUES (?, ?, 'e', '', '{}')",
                instance, seq);
    }

    long count(String table, long instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE JOB_INSTANCE_ID = ?", Long.class, instance);
    }

    @Test
    void anEmptyStoreHasNoRuns() {
        assertThat(rows.instances()).isEmpty();
    }

    @Test
    void findsEveryInstanceWithRowsInAnyTable() {
        runFile(3, "a.txt");
        runFile(3, "b.txt");
        runFile(11, "a.txt");
        event(11, 0);
        event(20, 0);
        event(20, 1);
        jdbc.update("INSERT INTO HASILA_RECONCILIATION (JOB_INSTANCE_ID, BODY) VALUES (2, '{}')");

        assertThat(rows.instances()).containsExactly(2L, 3L, 11L, 20L);
        assertThat(rows.instancesWithEvents()).containsExactly(11L, 20L);
    }

    @Test
    void eachInstanceIsFoundByItsKeyNotByReadingTheRowsAboveIt() {
        for (String table : RunRows.TABLES) {
            String plan = jdbc.queryForObject("EXPLAIN " + RunRows.next(table).replace("?", "1"), String.class);
            assertThat(plan).as(table).contains("PRIMARY_KEY").contains("index sorted");
        }
    }

    @Test
    void forgetsOneInstanceInEveryTableAndNoOther() {
        runFile(5, "a.txt");
        runFile(5, "b.txt");
        event(5, 0);
        jdbc.update("INSERT INTO HASILA_RECONCILIATION (JOB_INSTANCE_ID, BODY) VALUES (5, '{}')");
        runFile(6, "a.txt");
        event(6, 0);

        assertThat(rows.forget(5)).isEqualTo(4);

        for (String table : RunRows.TABLES) {
            assertThat(count(table, 5)).as(table).isZero();
        }
        assertThat(count("HASILA_RUN_FILE", 6)).isEqualTo(1);
        assertThat(count("HASILA_EVENT", 6)).isEqualTo(1);
        assertThat(rows.instances()).containsExactly(6L);
        assertThat(rows.forget(5)).as("forgetting again").isZero();
    }
}
