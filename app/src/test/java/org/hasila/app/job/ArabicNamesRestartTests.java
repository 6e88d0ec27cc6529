package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.hasila.app.store.DocumentStore;
import org.hasila.core.document.Document;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An input folder and files named in Arabic, through a run that fails in its ingest step and is restarted: the
 * name of the last file committed, kept in the step's execution context, reads back from the job repository
 * exactly as written (Spring Batch has had bugs serialising non-Latin text), and so do the input folder in the job
 * parameters and the file names in the report. Run on each database by a subclass (ArabicNamesRestartIT on H2,
 * ArabicNamesRestartPostgresIT on PostgreSQL). One document thread, so that the step runs whole (not split into
 * partitions, each with a context of its own) and its files are saved in the order the test fails them.
 */
@SpringBootTest(classes = {HasilaApplication.class, ArabicNamesRestartTests.FailOnSave.class},
        properties = {"hasila.chunk-size=2", "hasila.extract-threads=1"})
abstract class ArabicNamesRestartTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 3);
    private static final String FOLDER = "مقالات";
    /** In code point order, the order in which ingest lists them. */
    private static final List<String> FILES = List.of("بيان-دير-الزور.txt", "تقرير-الحسكة.txt", "خبر-حلب.txt");
    private static final List<String> TEXTS = List.of(
            "أعلنت مصادر محلية مقتل ثلاثة مدنيين في قصف مدفعي على قرية قرب دير الزور يوم 4 نيسان 2024.\n",
            "قال مسؤول في مستشفى الحسكة إن سبعة أشخاص أصيبوا بجروح في انفجار عبوة ناسفة يوم 9 أيار 2024.\n",
            "ذكرت وكالة أنباء محلية أن القوات الأمنية اعتقلت خمسة شبان في حلب يوم 12 حزيران 2024.\n");

    /** This class's own folder for inputs, outputs and (on H2) the database. */
    abstract Path work();

    @Autowired
    Commands commands;

    @Autowired
    FailOnSave failOnSave;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastCommittedArabicFileNameReadsBackFromTheRepositoryAcrossARestart() throws IOException {
        Path input = Files.createDirectories(work().resolve("أرشيف الأخبار").resolve(FOLDER));
        for (int i = 0; i < FILES.size(); i++) {
            Files.writeString(input.resolve(FILES.get(i)), TEXTS.get(i), StandardCharsets.UTF_8);
        }
        input = input.getParent();

        // chunks of 2: the first two files are committed, saving the third fails
        failOnSave.failAt(3);
        JobExecution failed = commands.run(input, work().resolve("out"), NIGHT);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        StepExecution failedIngest = jobRepository.getLastStepExecution(failed.getJobInstance(), "ingest");
        assertThat(failedIngest.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastFile(failedIngest)).isEqualTo(FOLDER + "/" + FILES.get(1));

        JobExecution restarted = commands.restartLast();
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        StepExecution resumed = jobRepository.getLastStepExecution(restarted.getJobInstance(), "ingest");
        assertThat(resumed.getId()).isNotEqualTo(failedIngest.getId());
        assertThat(resumed.getReadCount()).as("files read by the restarted ingest step").isEqualTo(1);
        assertThat(lastFile(resumed)).isEqualTo(FOLDER + "/" + FILES.get(2));

        assertThat(jobRepository.getJobExecution(restarted.getId()).getJobParameters().getString(JobParameterNames.INPUT))
                .isEqualTo(input.toAbsolutePath().normalize().toString());
        JsonNode report = JsonMapper.shared().readTree(Files.readString(work().resolve("out/report.json")));
        List<String> files = new ArrayList<>();
        report.get("documents").forEach(d -> d.get("files").forEach(f -> files.add(f.asString())));
        assertThat(files).containsExactlyInAnyOrder(FILES.stream().map(f -> FOLDER + "/" + f).toArray(String[]::new));
    }

    /** The value read back from the repository's row, not the step execution the run kept in memory. */
    private String lastFile(StepExecution step) {
        StepExecution stored = jobRepository.getStepExecution(step.getId());
        return stored.getExecutionContext().getString(FileListReader.LAST_FILE);
    }

    /** The real document store; once armed, fails on the n-th document it is asked to save. */
    @TestConfiguration
    static class FailOnSave {

        private final AtomicInteger saves = new AtomicInteger();
        private volatile int failAt = -1;

        void failAt(int n) {
            saves.set(0);
            failAt = n;
        }

        @Bean
        @Primary
        DocumentStore failingDocumentStore(JdbcTemplate jdbc, JsonMapper json) {
            return new DocumentStore(jdbc, json) {
                @Override
                public void save(long jobInstanceId, Document document, String fingerprint) {
                    if (saves.incrementAndGet() == failAt) {
                        failAt = -1;
                        throw new IllegalStateException("injected failure saving " + document.file());
                    }
                    super.save(jobInstanceId, document, fingerprint);
                }
            };
        }
    }
}
