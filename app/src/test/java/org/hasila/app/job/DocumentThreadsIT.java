package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar splits ingest and extract into one partition per document thread ({@code hasila.extract-threads}),
 * whatever the machine's cores: every file is read and every document extracted once, by exactly one partition, and
 * the report is the one a single thread writes.
 */
class DocumentThreadsIT {

    private static final int COPIES = 8;
    private static final Pattern STEP = Pattern.compile("(?m)^\\s+(\\S+)\\s+(\\S+)\\s+read=(\\d+) written=(\\d+)");

    final Path work = JobTestSupport.newWorkFolder("threads");

    @Test
    void threePartitionsShareTheDocumentsAndWriteTheReportOfOneThread() throws Exception {
        Path input = JobTestSupport.copiesOfSeeds(work.resolve("input"), COPIES);
        int documents = COPIES * 5;

        String one = runWith(1, input, "one");
        String three = runWith(3, input, "three");

        assertThat(steps(one)).as("one thread: the steps run whole").containsExactly(
                "ingest COMPLETED " + documents, "extract COMPLETED " + documents,
                "reconcile COMPLETED", "report COMPLETED");
        List<String> split = steps(three);
        assertThat(split).as("three threads: a partition each").contains(
                "ingest COMPLETED " + documents, "extract COMPLETED " + documents);
        assertThat(split.stream().filter(s -> s.startsWith("ingestPartition:partition"))).hasSize(3);
        assertThat(split.stream().filter(s -> s.startsWith("extractPartition:partition"))).hasSize(3);
        assertThat(partitionsWritten(three, "extractPartition:")).as("each document extracted by one partition")
                .isEqualTo(documents);
        assertThat(partitionsWritten(three, "ingestPartition:")).isEqualTo(documents);

        assertThat(JobTestSupport.reportWithoutRun(work.resolve("out-three")))
                .isEqualTo(JobTestSupport.reportWithoutRun(work.resolve("out-one")));
    }

    /** Runs the jar with that many document threads and returns the {@code status} listing of its database. */
    private String runWith(int threads, Path input, String name) {
        List<String> options = List.of("-Dhasila.extract-threads=" + threads, "-Dhasila.chunk-size=6");
        String db = "--db=jdbc:h2:file:" + work.resolve("db-" + name + "/hasila");
        JarProcess.Result run = JarProcess.run(work, "run-" + name, options, "run", "--input=" + input,
                "--output=" + work.resolve("out-" + name), db);
        assertThat(run.exitCode()).as(run.output()).isZero();
        return JarProcess.run(work, "status-" + name, options, "status", db).output();
    }

    /** Each step line as "name STATUS written" (just "name STATUS" for reconcile and report). */
    private static List<String> steps(String status) {
        Matcher m = STEP.matcher(status);
        List<String> steps = new ArrayList<>();
        while (m.find()) {
            boolean documents = !m.group(1).equals("reconcile") && !m.group(1).equals("report");
            steps.add(m.group(1) + " " + m.group(2) + (documents ? " " + m.group(4) : ""));
        }
        return steps;
    }

    private static int partitionsWritten(String status, String prefix) {
        Matcher m = STEP.matcher(status);
        int written = 0;
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                written += Integer.parseInt(m.group(4));
            }
        }
        return written;
    }
}
