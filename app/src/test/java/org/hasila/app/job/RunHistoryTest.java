package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** out/runs/ keeps the reports of the last runs as published, and drops older runs' once there are more. */
class RunHistoryTest {

    @TempDir
    Path output;

    /** Publishes a report as ReportWriter does (a new file renamed over the name), then keeps it as run {@code id}'s. */
    void run(RunHistory history, long id) throws IOException {
        Path next = output.resolve("report.json.new");
        Files.writeString(next, "{\"run\":" + id + "}");
        Files.move(next, output.resolve("report.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        history.keep(id, List.of("report.json"));
    }

    List<String> runs() throws IOException {
        try (Stream<Path> entries = Files.list(output.resolve(RunHistory.DIRECTORY))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLastRunsAreKeptWithTheirOwnReportsAndOlderOnesRemoved() throws IOException {
        RunHistory history = new RunHistory(output, 3);
        Files.createDirectories(output.resolve("runs/notes"));
        Files.writeString(output.resolve("runs/notes/README"), "an operator's own file");

        for (long id = 8; id <= 12; id++) {
            run(history, id);
        }

        // by execution id, not by name: 9 < 10 < 11 < 12 although "9" sorts after "12"
        assertThat(runs()).containsExactly("10", "11", "12", "notes");
        assertThat(Files.readString(output.resolve("runs/10/report.json"))).isEqualTo("{\"run\":10}");
        assertThat(Files.readString(output.resolve("runs/12/report.json"))).isEqualTo("{\"run\":12}");
        assertThat(output.resolve("runs/notes/README")).exists();
    }

    @Test
    void zeroKeepsEveryRun() throws IOException {
        RunHistory history = new RunHistory(output, 0);

        for (long id = 1; id <= 40; id++) {
            run(history, id);
        }

        assertThat(runs()).hasSize(40);
        assertThat(Files.readString(output.resolve("runs/1/report.json"))).isEqualTo("{\"run\":1}");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new RunHistory(output, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aNegativeHasilaKeepRunsIsRefusedAsTheApplicationStartsNamingTheProperty() {
        assertThatThrownBy(() -> new HasilaProperties(50, "conservative", null, 52428800L, Duration.ofSeconds(60), 0,
                "tcp://localhost:61616", 8, Duration.ofHours(4), Duration.ZERO, -1))
                .hasMessageContaining("hasila.keep-runs");
    }
}
