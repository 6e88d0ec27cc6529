package org.hasila.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Entity;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the seed articles and writes target/seeds-out in the report's shape, so
 * that /work/shared/eval/score.py can score it against the hand annotation.
 */
class SeedCorpusExtractionTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path OUT = Path.of("target", "seeds-out");

    @Test
    void everyEvidenceQuoteIsTheTextAtItsOffsetsAndTheReportIsWritten() throws Exception {
        ClaimExtractor extractor = ClaimExtractor.fromClasspath();
        Map<String, String> published = published();
        List<String> docs = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        Files.createDirectories(OUT.resolve("text"));
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String id = "d-" + sha.substring(0, 12);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Document document = new Document(id, name, null, sha, "text/plain; charset=UTF-8", "ar", null,
                    published.get(name), null, null, DocumentStatus.PROCESSED, null, text);
            Extraction extraction = extractor.extract(document);
            for (Claim c : extraction.claims()) {
                assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().quote());
                claims.add(claim(c));
            }
            extraction.mentions().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
            Files.writeString(OUT.resolve("text").resolve(id + ".txt"), text, StandardCharsets.UTF_8);
            docs.add("{\"id\":" + JsonWriter.str(id) + ",\"file\":" + JsonWriter.str(name)
                    + ",\"published\":" + JsonWriter.str(published.get(name)) + ",\"text\":" + JsonWriter.str(text) + "}");
        }
        List<String> entities = extractor.gazetteer().entities().stream().map(SeedCorpusExtractionTest::entity).toList();
        String json = "{\"schemaVersion\":\"1.0\",\n\"documents\":[" + String.join(",\n", docs) + "],\n\"entities\":["
                + String.join(",\n", entities) + "],\n\"claims\":[" + String.join(",\n", claims) + "],\n\"events\":[]}\n";
        Files.writeString(OUT.resolve("report.json"), json, StandardCharsets.UTF_8);
    }

    private static String claim(Claim c) {
        String source = c.source() == null ? "null"
                : "{\"entity\":" + JsonWriter.str(c.source().entity()) + ",\"text\":" + JsonWriter.str(c.source().text()) + "}";
        return "{\"id\":" + JsonWriter.str(c.id()) + ",\"document\":" + JsonWriter.str(c.document())
                + ",\"kind\":" + JsonWriter.str(c.kind().code()) + ",\"group\":" + JsonWriter.str(c.group().code())
                + ",\"value\":{\"low\":" + c.value().low() + ",\"high\":" + JsonWriter.num(c.value().high())
                + ",\"qualifier\":" + JsonWriter.str(c.value().qualifier().code()) + ",\"text\":" + JsonWriter.str(c.value().text()) + "}"
                + ",\"source\":" + source + ",\"asOf\":" + JsonWriter.str(c.asOf())
                + ",\"scope\":" + JsonWriter.str(c.scope().code()) + ",\"partOf\":" + JsonWriter.str(c.partOf())
                + ",\"place\":" + JsonWriter.str(c.place())
                + ",\"evidence\":{\"start\":" + c.evidence().start() + ",\"end\":" + c.evidence().end()
                + ",\"quote\":" + JsonWriter.str(c.evidence().quote()) + "}}";
    }

    private static String entity(Entity e) {
        String aliases = e.aliases().stream().map(JsonWriter::str).collect(Collectors.joining(","));
        return "{\"id\":" + JsonWriter.str(e.id()) + ",\"type\":" + JsonWriter.str(e.type()) + ",\"name\":" + JsonWriter.str(e.name())
                + ",\"nameAr\":" + JsonWriter.str(e.nameAr()) + ",\"aliases\":[" + aliases + "]}";
    }

    private static Map<String, String> published() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = SeedCorpusExtractionTest.class.getResourceAsStream("seeds-published.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    out.put(cells[0].strip(), cells[1].strip());
                }
            }
        }
        return out;
    }
}
