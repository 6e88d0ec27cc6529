package org.hasila.app.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link KillAndRestartTests} on PostgreSQL: the jar is given {@code --db=jdbc:postgresql://...?user=..&password=..},
 * each name a database of its own, made empty and dropped after the test. Every start after the first (the
 * restart, the status) also shows that a start on an existing database does not fail on the schema scripts.
 */
class KillAndRestartPostgresIT extends KillAndRestartTests {

    private final Map<String, PostgresTestDatabase> databases = new LinkedHashMap<>();

    @BeforeAll
    static void server() {
        PostgresTestDatabase.assumeServer();
    }

    @AfterEach
    void dropDatabases() {
        databases.values().forEach(PostgresTestDatabase::drop);
    }

    @Override
    String db(String name) {
        return databases.computeIfAbsent(name, n -> PostgresTestDatabase.create("kill_" + n)).urlWithCredentials();
    }
}
