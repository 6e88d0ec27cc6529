package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.hasila.app.store.FileStampStore;
import org.hasila.app.store.RunRows;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Nightly runs over the same folder: an unchanged folder extracts nothing again and says so, a new file is the
 * only one read, the last runs' reports are kept under runs/ (and their rows in the store), and changes name what moved since the last run; run on
 * each database by a subclass (IncrementalRunIT on H2, IncrementalRunPostgresIT on PostgreSQL).
 */
@SpringBootTest(classes = HasilaApplication.class, properties = "hasila.keep-runs=3")
abstract class IncrementalRunTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 1);

    /** This class's own folder for inputs, outputs and (on H2) the database. */
    abstract Path work();

    @Autowired
    Commands commands;

    @Autowired
    JsonMapper json;

    @Autowired
    RunRows runRows;

    @Autowired
    FileStampStore fileStamps;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStoreReadsItsRecordsBackThroughBlackbird() {
        assertThat(json.registeredModules()).anyMatch(BlackbirdModule.class::isInstance);
    }

    @Test
    void aSecondNightReadsOnlyWhatIsNew() throws Exception {
        Path input = JobTestSupport.copySeeds(work().resolve("input"));
        Path output = work().resolve("out");

        JobExecution first = commands.run(input, output, NIGHT);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode firstReport = report(output);
        assertThat(firstReport.at("/changes/since").isNull()).isTrue();

        JobExecution second = commands.run(input, output, NIGHT.plusDays(1));
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(second, "extract").getReadCount()).as("documents extracted again").isZero();
        JsonNode secondReport = report(output);
        assertThat(secondReport.at("/run/documentsUnchanged").asInt()).isEqualTo(5);
        assertThat(secondReport.at("/run/documentsRead").asInt()).isZero();
        assertThat(secondReport.get("claims")).isEqualTo(firstReport.get("claims"));
        assertThat(secondReport.at("/changes/since").asLong()).isEqualTo(first.getId());
        assertThat(secondReport.at("/changes/claimsAdded")).isEmpty();
        assertThat(secondReport.at("/changes/claimsRemoved")).isEmpty();
        assertThat(secondReport.at("/changes/figuresChanged")).isEmpty();

        Files.writeString(input.resolve("zz-new.txt"),
                "أفاد المرصد السوري لحقوق الإنسان بمقتل 9 مدنيين في قصف على مدينة إدلب يوم 3 آذار 2023.\n",
                StandardCharsets.UTF_8);
        JobExecution third = commands.run(input, output, NIGHT.plusDays(2));
        assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(third, "extract").getReadCount()).isEqualTo(1);
        JsonNode thirdReport = report(output);
        assertThat(thirdReport.at("/run/documentsRead").asInt()).isEqualTo(1);
        assertThat(thirdReport.at("/run/documentsUnchanged").asInt()).isEqualTo(5);
        assertThat(thirdReport.at("/changes/since").asLong()).isEqualTo(second.getId());
        assertThat(thirdReport.at("/changes/claimsAdded")).isNotEmpty();
        assertThat(thirdReport.at("/changes/claimsRemoved")).isEmpty();

        for (JobExecution run : new JobExecution[] {first, second, third}) {
            assertThat(output.resolve("runs/" + run.getId() + "/report.json")).exists();
            assertThat(output.resolve("runs/" + run.getId() + "/report.html")).exists();
        }
        assertThat(Files.readString(output.resolve("runs/" + third.getId() + "/report.json")))
                .isEqualTo(Files.readString(output.resolve("report.json")));
        // each kept report is the latest one's file (a hard link, not a copy) until a later run replaces it, and
        // keeps its own content after: publishing renames new files over the names, it never writes into them
        assertThat(Files.isSameFile(output.resolve("runs/" + third.getId() + "/report.html"),
                output.resolve("report.html"))).isTrue();
        assertThat(JsonMapper.shared().readTree(Files.readString(output.resolve("runs/" + first.getId()
                + "/report.json")))).isEqualTo(firstReport);

        JobExecution again = commands.run(input, output, NIGHT.plusDays(2));
        assertThat(again.getId()).as("a night already completed is not run again").isEqualTo(third.getId());

        JobExecution fourth = commands.run(input, output, NIGHT.plusDays(3));
        assertThat(fourth.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(output.resolve("runs/" + first.getId())).as("beyond hasila.keep-runs=3, the oldest run's reports")
                .doesNotExist();
        for (JobExecution run : new JobExecution[] {second, third, fourth}) {
            assertThat(output.resolve("runs/" + run.getId() + "/report.json")).exists();
        }
        assertThat(runRows.instances()).as("the store's rows of the runs beyond hasila.keep-runs=3")
                .doesNotContain(first.getJobInstanceId())
                .contains(fourth.getJobInstanceId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ?", Long.class,
                fourth.getJobInstanceId())).as("the last run's events").isEqualTo(report(output).get("events").size());
    }

    @Test
    void aFailedRunKeepsItsRowsInTheStoreUntilItCompletes() throws Exception {
        Path input = JobTestSupport.copySeeds(work().resolve("input-failed"));
        Path output = work().resolve("out-failed");
        Files.writeString(output, "a file where the output folder should be", StandardCharsets.UTF_8);
        JobExecution failed = commands.run(input, output, NIGHT);
        assertThat(failed.getStatus()).as("no folder to publish the report in").isEqualTo(BatchStatus.FAILED);
        assertThat(runRows.instances()).contains(failed.getJobInstanceId());

        Path elsewhere = work().resolve("out-later");
        for (int night = 1; night <= 3; night++) {
            assertThat(commands.run(input, elsewhere, NIGHT.plusDays(night)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(runRows.instances()).as("a failed run beyond hasila.keep-runs=3, which running it again resumes")
                .contains(failed.getJobInstanceId());

        Files.delete(output);
        JobExecution resumed = commands.run(input, output, NIGHT);
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(resumed.getStepExecutions()).as("the steps run again: only the one that failed")
                .extracting(StepExecution::getStepName).containsExactly("report");
        assertThat(runRows.instances()).as("the run going on").contains(failed.getJobInstanceId());

        assertThat(commands.run(input, elsewhere, NIGHT.plusDays(4)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runRows.instances()).as("completed now, and beyond hasila.keep-runs=3")
                .doesNotContain(failed.getJobInstanceId());
    }

    @Test
    void aFileGoneFromTheFolderLosesItsStampOnceTheRunIsPublished() throws Exception {
        Path input = JobTestSupport.copySeeds(work().resolve("input-gone"));
        Path output = work().resolve("out-gone");
        assertThat(commands.run(input, output, NIGHT).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String root = FileStampStore.rootOf(input);
        assertThat(fileStamps.under(root)).hasSize(5);
        String gone;
        try (var files = Files.list(input)) {
            gone = files.map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Files.delete(input.resolve(gone));

        assertThat(commands.run(input, output, NIGHT.plusDays(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(fileStamps.under(root)).hasSize(4).doesNotContainKey(gone);
    }

    @Test
    void eventsFoundAsTheRunBeforeStoredThemAreTheEventsAssembledAnew() throws Exception {
        Path input = JobTestSupport.copySeeds(work().resolve("input-found"));
        Path output = work().resolve("out-found");
        LocalDate night = NIGHT.plusDays(20);
        assertThat(commands.run(input, output, night).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String firstEvents = eventSection(output);

        JobExecution unchanged = commands.run(input, output, night.plusDays(1));
        int events = report(output).get("events").size();
        assertThat(eventsFound(unchanged)).as("an unchanged night finds every event").isEqualTo(events);
        assertThat(eventsCopied(unchanged)).as("and copies every event's article").isEqualTo(events);
        assertThat(eventSection(output)).isEqualTo(firstEvents);

        // not the other tests' new file: the store, shared by the tests, would hold its document already
        Files.writeString(input.resolve("zz-aleppo.txt"),
                "أفاد المرصد السوري لحقوق الإنسان بمقتل 7 مدنيين في قصف على مدينة حلب يوم 5 آذار 2023.\n",
                StandardCharsets.UTF_8);
        JobExecution added = commands.run(input, output, night.plusDays(2));
        JsonNode withFound = report(output).get("events");
        assertThat(withFound).hasSize(events + 1);
        assertThat(eventsFound(added)).as("the seeds' events found, the new place's assembled").isEqualTo(events);
        assertThat(eventsCopied(added)).isEqualTo(events);
        String addedEvents = eventSection(output);
        assertThat(addedEvents).contains(firstEvents.substring(firstEvents.indexOf("<article"),
                firstEvents.lastIndexOf("</article>"))).contains("حلب");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ?"
                + " AND SIGNATURE IS NULL", Long.class, added.getJobInstanceId())).isZero();

        jdbc.update("UPDATE HASILA_EVENT SET SIGNATURE = NULL");
        JobExecution anew = commands.run(input, output, night.plusDays(3));
        assertThat(eventsFound(anew)).isZero();
        assertThat(report(output).get("events")).as("every event assembled anew").isEqualTo(withFound);
        assertThat(eventsCopied(anew)).as("assembled anew, signed the same, so copied").isEqualTo(events + 1);
        assertThat(eventSection(output)).isEqualTo(addedEvents);
    }

    private static int eventsCopied(JobExecution run) {
        return step(run, "report").getExecutionContext().getInt(ReportTasklet.EVENTS_COPIED);
    }

    /** The events section of report.html, whose articles a night copies from the night before. */
    private static String eventSection(Path output) throws IOException {
        String html = Files.readString(output.resolve("report.html"), StandardCharsets.UTF_8);
        return html.substring(html.indexOf("<section id=\"events\">"), html.indexOf("<section id=\"sources\">"));
    }

    private static int eventsFound(JobExecution run) {
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return step(run, "reconcile").getExecutionContext().getInt(ReconcileTasklet.EVENTS_FOUND);
    }

    @Test
    void aRepublishedCopyIsOneSourceNotCorroboration() throws Exception {
        Path input = Files.createDirectories(work().resolve("input-copies"));
        String story = Files.readString(JobTestSupport.SEEDS.resolve("002_73b950def85384c5.txt"), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("original.txt"), story, StandardCharsets.UTF_8);
        String copy = "عاجل | " + story.replace("بشكل كامل", "بالكامل").replace("أعلنت", "وأعلنت")
                + "\nاقرأ أيضاً: تطورات جديدة في شمال شرق سوريا\n";
        Files.writeString(input.resolve("republished.txt"), copy, StandardCharsets.UTF_8);

        JobExecution run = commands.run(input, work().resolve("out-copies"), NIGHT);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode report = report(work().resolve("out-copies"));
        assertThat(report.get("events")).hasSize(1);
        boolean noted = false;
        for (JsonNode figure : report.at("/events/0/figures")) {
            for (JsonNode note : figure.get("notes")) {
                noted |= note.get("code").asString().equals("copied-report")
                        && note.get("message").asString().contains("republishes");
            }
        }
        assertThat(noted).as("a copied-report note on the republished figures").isTrue();
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode report(Path output) throws Exception {
        return JsonMapper.shared().readTree(Files.readString(output.resolve("report.json")));
    }
}
