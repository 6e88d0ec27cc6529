package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IncrementalRunTests} on an H2 file database. */
class IncrementalRunIT extends IncrementalRunTests {

    private static final Path WORK = JobTestSupport.newWorkFolder("incremental");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseKeepsTextsOfUpTo64KbInTheirRows() {
        assertThat(jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'", String.class)).containsExactly("65536");
    }

    @Override
    Path work() {
        return WORK;
    }
}
