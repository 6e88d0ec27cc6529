package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, killed with SIGKILL in the middle of its extract step, is completed by {@code restart}:
 * the restart does not extract again what was committed, even with another chunk size, and the report equals an
 * uninterrupted run's; run on each database by a subclass (KillAndRestartIT on H2, KillAndRestartPostgresIT on
 * PostgreSQL).
 */
abstract class KillAndRestartTests {

    private static final int COPIES = 20;
    private static final int CHUNK = 5;
    /** Not a multiple of the killed run's chunk: a saved page position would skip documents. */
    private static final int RESTART_CHUNK = 7;
    /** The extract step's count, or one of its partitions' (one per document thread) when it runs split. */
    private static final Pattern WRITTEN =
            Pattern.compile("(extract(?:Partition:partition\\d+)?): (\\d+) documents written");

    final Path work = JobTestSupport.newWorkFolder("kill");

    @Test
    void aRunKilledInTheExtractStepIsCompletedByRestart() throws Exception {
        Path input = JobTestSupport.copiesOfSeeds(work.resolve("input"), COPIES);
        int documents = COPIES * 5;

        assertThat(hasila(CHUNK, "run", "--input=" + input, "--output=" + work.resolve("reference"),
                "--db=" + db("reference")).exitCode()).isZero();

        int committedWhenKilled;
        try (JarProcess killed = JarProcess.start(work, "killed", options(CHUNK), "run", "--input=" + input,
                "--output=" + work.resolve("out"), "--db=" + db("killed"))) {
            // "written" is logged inside the chunk's transaction: all chunks before it are committed, and the
            // partitions' chunks share out one chunk's documents among them
            committedWhenKilled = written(killed, documents / 5) - CHUNK;
            killed.kill();
            assertThat(killed.waitFor(Duration.ofSeconds(60)).exitCode()).as("killed, not finished").isNotZero();
        }
        assertThat(Files.exists(work.resolve("out/report.json"))).isFalse();

        JarProcess.Result restart = hasila(RESTART_CHUNK, "restart", "--db=" + db("killed"));
        assertThat(restart.exitCode()).as(restart.output()).isZero();

        JarProcess.Result status = hasila(CHUNK, "status", "--db=" + db("killed"));
        assertThat(status.output()).contains("COMPLETED");
        int extractedOnRestart = lastExtractReadCount(status.output());
        assertThat(extractedOnRestart).as("documents extracted again after the restart")
                .isLessThanOrEqualTo(documents - committedWhenKilled);

        assertThat(JobTestSupport.reportWithoutRun(work.resolve("out")))
                .isEqualTo(JobTestSupport.reportWithoutRun(work.resolve("reference")));
    }

    @Test
    void aKilledRunGivenUpWithAbandonIsNotResumed() throws Exception {
        Path input = JobTestSupport.copiesOfSeeds(work.resolve("input-abandon"), COPIES);
        try (JarProcess killed = JarProcess.start(work, "abandoned", options(CHUNK), "run", "--input=" + input,
                "--output=" + work.resolve("out-abandon"), "--db=" + db("abandon"))) {
            written(killed, CHUNK);
            killed.kill();
            assertThat(killed.waitFor(Duration.ofSeconds(60)).exitCode()).as("killed, not finished").isNotZero();
        }

        JarProcess.Result abandon = hasila(CHUNK, "abandon", "--db=" + db("abandon"));
        assertThat(abandon.exitCode()).as(abandon.output()).isZero();
        assertThat(abandon.output()).contains("abandoned run");
        assertThat(hasila(CHUNK, "status", "--db=" + db("abandon")).output()).contains("ABANDONED");

        JarProcess.Result restart = hasila(CHUNK, "restart", "--db=" + db("abandon"));
        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("nothing to restart");
        assertThat(work.resolve("out-abandon/report.json")).doesNotExist();
    }

    /** The {@code --db} URL of an empty database for this name (the same for the same name within a test). */
    abstract String db(String name);

    /** The documents written, by all the extract step's partitions, when they have written at least {@code atLeast}. */
    private static int written(JarProcess process, int atLeast) {
        Map<String, Integer> byPartition = new HashMap<>();
        process.awaitLine(WRITTEN, m -> {
            byPartition.put(m.group(1), Integer.parseInt(m.group(2)));
            return total(byPartition) >= atLeast;
        }, Duration.ofMinutes(5));
        return total(byPartition);
    }

    private static int total(Map<String, Integer> byPartition) {
        return byPartition.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int lastExtractReadCount(String status) {
        Matcher m = Pattern.compile("extract\\s+COMPLETED\\s+read=(\\d+)").matcher(status);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        assertThat(last).as("a completed extract step in:\n" + status).isNotNegative();
        return last;
    }

    private static List<String> options(int chunk) {
        return List.of("-Dhasila.chunk-size=" + chunk, "-Dlogging.level.org.hasila.app.job=DEBUG");
    }

    private JarProcess.Result hasila(int chunk, String... args) {
        return JarProcess.run(work, args[0] + "-" + System.nanoTime(), options(chunk), args);
    }
}
