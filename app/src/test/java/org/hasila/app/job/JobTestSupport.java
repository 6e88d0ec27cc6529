package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** The seeds, each copied {@code copies} times with a distinct closing line so that every copy is its own document. */
    static Path copiesOfSeeds(Path into, int copies) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                for (int i = 0; i < copies; i++) {
                    Files.writeString(into.resolve(i + "-" + seed.getFileName()), text + "\n\nنسخة " + i + "\n",
                            StandardCharsets.UTF_8);
                }
            }
        }
        return into;
    }

    /** Every claim's and mention's quote equals its document's text file between its offsets. */
    static void assertQuotesMatchTexts(Path output) throws IOException {
        JsonNode report = JsonMapper.shared().readTree(Files.readString(output.resolve("report.json")));
        int checked = 0;
        for (JsonNode claim : report.get("claims")) {
            JsonNode evidence = claim.get("evidence");
            String text = Files.readString(output.resolve("text").resolve(claim.get("document").asString() + ".txt"));
            org.assertj.core.api.Assertions.assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                    .isEqualTo(evidence.get("quote").asString());
            checked++;
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("claims in the report").isPositive();
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
