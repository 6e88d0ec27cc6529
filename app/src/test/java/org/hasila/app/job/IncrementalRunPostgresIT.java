package org.hasila.app.job;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IncrementalRunTests} on PostgreSQL, in a database of its own made for the class and dropped after it. */
@DirtiesContext
class IncrementalRunPostgresIT extends IncrementalRunTests {

    private static final Path WORK = JobTestSupport.newWorkFolder("incremental-postgres");
    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create("incremental");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, () -> database);
    }

    @Override
    Path work() {
        return WORK;
    }
}
