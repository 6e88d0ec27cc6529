package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, killed with SIGKILL in the middle of its extract step, is completed by {@code restart}:
 * the restart does not extract again what was committed, and the report equals an uninterrupted run's; run on
 * each database by a subclass (KillAndRestartIT on H2, KillAndRestartPostgresIT on PostgreSQL).
 */
abstract class KillAndRestartTests {

    private static final Path JAR = Path.of("target", "hasila.jar").toAbsolutePath();
    private static final int COPIES = 20;
    private static final int CHUNK = 5;
    private static final Pattern WRITTEN = Pattern.compile("extract: (\\d+) documents written");

    final Path work = JobTestSupport.newWorkFolder("kill");

    @Test
    void aRunKilledInTheExtractStepIsCompletedByRestart() throws Exception {
        Path input = corpus(work.resolve("input"));
        int documents = COPIES * 5;

        assertThat(hasila("run", "--input=" + input, "--output=" + work.resolve("reference"),
                "--db=" + db("reference")).exitCode).isZero();

        Process killed = start("run", "--input=" + input, "--output=" + work.resolve("out"), "--db=" + db("killed"));
        // "written" is logged inside the chunk's transaction: all chunks before it are committed
        int committedWhenKilled = waitForWritten(killed, documents / 5) - CHUNK;
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).as("killed, not finished").isNotZero();
        assertThat(Files.exists(work.resolve("out/report.json"))).isFalse();

        Result restart = hasila("restart", "--db=" + db("killed"));
        assertThat(restart.exitCode).as(restart.output).isZero();

        Result status = hasila("status", "--db=" + db("killed"));
        assertThat(status.output).contains("COMPLETED");
        int extractedOnRestart = lastExtractReadCount(status.output);
        assertThat(extractedOnRestart).as("documents extracted again after the restart")
                .isLessThanOrEqualTo(documents - committedWhenKilled);

        assertThat(JobTestSupport.reportWithoutRun(work.resolve("out")))
                .isEqualTo(JobTestSupport.reportWithoutRun(work.resolve("reference")));
    }

    /** The seeds, each copied many times with a distinct closing line so that every copy is its own document. */
    private static Path corpus(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> seeds = Files.list(JobTestSupport.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                for (int i = 0; i < COPIES; i++) {
                    Files.writeString(into.resolve(i + "-" + seed.getFileName()), text + "\n\nنسخة " + i + "\n",
                            StandardCharsets.UTF_8);
                }
            }
        }
        return into;
    }

    /** The {@code --db} URL of an empty database for this name (the same for the same name within a test). */
    abstract String db(String name);

    private static int waitForWritten(Process process, int atLeast) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = WRITTEN.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) >= atLeast) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the run ended before its extract step committed " + atLeast + " documents");
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

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dhasila.chunk-size=" + CHUNK, "-Dlogging.level.org.hasila.app.job=DEBUG", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    }

    private Result hasila(String... args) throws Exception {
        Process process = start(args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
