package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Folders, seed copies and report reading for the job's integration tests. */
final class JobTestSupport {

    static final Path SEEDS = Path.of("..", "seeds");

    private JobTestSupport() {
    }

    static Path newWorkFolder(String name) {
        try {
            Path target = Path.of("target", "it");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copySeeds(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, into.resolve(seed.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into;
    }

    /** The report as JSON without the fields that legitimately differ between runs. */
    static JsonNode reportWithoutRun(Path output) throws IOException {
        ObjectNode report = (ObjectNode) JsonMapper.shared().readTree(Files.readString(output.resolve("report.json")));
        report.remove("generatedAt");
        report.remove("run");
        report.remove("changes");
        return report;
    }
}
