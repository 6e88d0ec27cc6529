package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run larger than the database keeps in memory per query result. H2 keeps {@code MAX_MEMORY_ROWS} rows of a result
 * in memory (40,000 per GB of heap) and moves the rest to a file; queries that only work within that buffer fail once
 * a corpus outgrows it (about 80,000 documents with a 2 GB heap). Here the buffer is three rows, so the five seeds
 * are already larger than it.
 */
@SpringBootTest(classes = HasilaApplication.class)
class SmallResultBufferIT {

    private static final Path WORK = JobTestSupport.newWorkFolder("small-buffer");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila") + ";MAX_MEMORY_ROWS=3");
    }

    @Autowired
    Commands commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunLargerThanTheResultBufferCompletesWithEveryClaimInTheReport() throws Exception {
        Path input = JobTestSupport.copySeeds(WORK.resolve("input"));
        Path output = WORK.resolve("out");

        assertThat(commands.run(input, output, LocalDate.of(2026, 11, 26)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForObject("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'MAX_MEMORY_ROWS'", String.class)).isEqualTo("3");
        JsonNode report = JsonMapper.shared().readTree(Files.readString(output.resolve("report.json")));
        assertThat(report.get("documents")).hasSize(5);
        assertThat(report.get("claims").size()).as("every stored claim is in the report")
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_CLAIM", Integer.class))
                .isGreaterThan(3);
        assertThat(report.get("events").size()).isPositive();
        JobTestSupport.assertQuotesMatchTexts(output);
    }
}
