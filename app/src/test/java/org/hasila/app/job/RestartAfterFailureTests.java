package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.hasila.app.cli.RunInProgressException;
import org.hasila.extract.ClaimExtractor;
import org.hasila.report.ReportSchemaAssert;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run that fails inside the extract step (a crash, such as running out of memory), then restarted, completes
 * without extracting again the documents of the chunks it had committed, and writes the same report as an
 * uninterrupted run; an exception of the grammar on one document quarantines that document and the run goes on. Run
 * on each database by a subclass (RestartAfterFailureIT on H2, RestartAfterFailurePostgresIT on PostgreSQL).
 */
@SpringBootTest(classes = {HasilaApplication.class, RestartAfterFailureTests.FailOnce.class},
        properties = "hasila.chunk-size=2")
abstract class RestartAfterFailureTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 2);

    /** This class's own folder for inputs, outputs and (on H2) the database. */
    abstract Path work();

    @Autowired
    Commands commands;

    @Autowired
    FailOnce failOnce;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobRepository;

    @Test
    void aRunIsRefusedWhileAnotherIsMarkedRunningAndChangesNothing() throws IOException {
        Path input = JobTestSupport.copySeeds(work().resolve("input-busy"));
        JobParameters parameters = new JobParametersBuilder().addString(JobParameterNames.INPUT, "elsewhere")
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(HasilaJobConfiguration.JOB_NAME, parameters);
        JobExecution running = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        running.setStatus(BatchStatus.STARTED);
        running.setStartTime(LocalDateTime.now());
        jobRepository.update(running);
        long runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);

        assertThatThrownBy(() -> commands.run(input, work().resolve("busy"), NIGHT))
                .isInstanceOf(RunInProgressException.class)
                .hasMessageContaining("run " + running.getId());
        assertThat(work().resolve("busy/report.json")).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(runsBefore);

        assertThat(commands.abandonLast().getId()).isEqualTo(running.getId());
    }

    @Test
    void restartResumesAfterTheLastCommittedChunkAndYieldsTheSameReport() throws IOException {
        Path input = JobTestSupport.copySeeds(work().resolve("input"));

        failOnce.armed.set(false);
        JobExecution reference = commands.run(input, work().resolve("reference"), NIGHT);
        assertThat(reference.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ReportSchemaAssert.assertValid(work().resolve("reference/report.json"));
        JobTestSupport.assertQuotesMatchTexts(work().resolve("reference"));

        // the failing run must extract every document again, as on a fresh store
        emptyStore();
        failOnce.reset(4);
        JobExecution failed = commands.run(input, work().resolve("restarted"), NIGHT);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Files.exists(work().resolve("restarted/report.json"))).isFalse();
        List<String> beforeRestart = List.copyOf(failOnce.order);

        JobExecution restarted = commands.restartLast();
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());

        // chunks of 2: the first chunk (documents 1 and 2) was committed before the 4th document failed
        List<String> committed = beforeRestart.subList(0, 2);
        committed.forEach(id -> assertThat(failOnce.calls.get(id)).as("extractions of " + id).hasValue(1));
        assertThat(failOnce.calls).hasSize(5);

        assertThat(JobTestSupport.reportWithoutRun(work().resolve("restarted")))
                .isEqualTo(JobTestSupport.reportWithoutRun(work().resolve("reference")));
    }

    @Test
    void anAbandonedRunIsNeverResumed() throws IOException {
        Path input = JobTestSupport.copySeeds(work().resolve("input-abandon"));
        emptyStore(); // every document is extracted again, so that the first one fails
        failOnce.reset(1);
        JobExecution failed = commands.run(input, work().resolve("abandoned"), NIGHT);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        JobExecution abandoned = commands.abandonLast();
        assertThat(abandoned.getId()).isEqualTo(failed.getId());
        assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(commands.restartLast()).as("nothing left to restart").isNull();
        assertThat(work().resolve("abandoned/report.json")).doesNotExist();
    }

    @Test
    void aDocumentTheGrammarFailsOnIsQuarantinedWithTheReasonAndTheRunGoesOn() throws IOException {
        Path input = JobTestSupport.copySeeds(work().resolve("input-fault"));
        emptyStore();
        failOnce.resetGrammarFault(3);
        JobExecution run = commands.run(input, work().resolve("fault"), NIGHT.plusDays(1));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String report = Files.readString(work().resolve("fault/report.json"));
        assertThat(report).contains("quarantined", "extraction failed: IllegalStateException: injected failure on ");
        assertThat(failOnce.calls).hasSize(4);
    }

    private void emptyStore() {
        for (String table : List.of("HASILA_CLAIM", "HASILA_MENTION", "HASILA_RUN_FILE", "HASILA_DOCUMENT")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /**
     * Wraps the real extractor; once armed, fails on the n-th document it is given: by a crash (an {@link Error}, as
     * running out of memory is), or by an exception of the grammar.
     */
    @TestConfiguration
    static class FailOnce {

        final AtomicBoolean armed = new AtomicBoolean();
        final AtomicInteger seen = new AtomicInteger();
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int failAt;
        volatile boolean crash = true;

        void reset(int n) {
            calls.clear();
            order.clear();
            seen.set(0);
            failAt = n;
            crash = true;
            armed.set(true);
        }

        void resetGrammarFault(int n) {
            reset(n);
            crash = false;
        }

        @Bean
        @Primary
        DocumentExtractor failingExtractor(ClaimExtractor real) {
            return document -> {
                if (armed.get() && seen.incrementAndGet() == failAt) {
                    armed.set(false);
                    if (crash) {
                        throw new InjectedCrash("injected crash on " + document.id());
                    }
                    throw new IllegalStateException("injected failure on " + document.id());
                }
                calls.computeIfAbsent(document.id(), k -> new AtomicInteger()).incrementAndGet();
                order.add(document.id());
                return real.extract(document);
            };
        }
    }

    /** A crash of the process's kind, not of the grammar's: the run fails and is restarted. */
    static final class InjectedCrash extends Error {
        InjectedCrash(String message) {
            super(message);
        }
    }
}
