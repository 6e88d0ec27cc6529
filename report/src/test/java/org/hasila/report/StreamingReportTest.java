package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Entity;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The report is written from a corpus read as a stream: what it keeps does not grow with the documents. */
class StreamingReportTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:03Z");
    static final int DOCUMENTS = 3_000;
    /** 24,000 characters of Arabic are 48 KB on the heap: 3,000 texts held at once would be about 144 MB. */
    static final int TEXT_LENGTH = 24_000;
    /**
     * What the writer may keep at once, whatever the number of documents: three passes run side by side (report.json's
     * checks of quotes, report.html's documents, the texts written to files), the first two each with a cache of
     * {@link DocumentCache#CAPACITY} texts and a batch as large being read into it, the third with
     * {@link TextFiles#QUEUED} texts waiting to be written: about 1,100 texts of 48 KB, 51 MB, and room for the rest.
     * A sample is taken on the reading thread while the other two hold whatever batch they are at, so on a busy machine
     * it may catch them all at their fullest (72 MB was seen once with two other JVMs running): the limit leaves that
     * room and stays well below the 144 MB of the texts held at once, which is what it guards against.
     */
    static final long RETAINED_LIMIT = 96L << 20;

    @TempDir
    Path out;

    /** Samples the heap live after a collection (above what was live before) every so many items the writer reads. */
    static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long baseline = live();
        private final int every;
        long peak;
        int seen;

        HeapWatch(int every) {
            this.every = every;
        }

        private long live() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        <T> Consumer<T> watching(Consumer<T> each) {
            return item -> {
                each.accept(item);
                if (++seen % every == 0) {
                    peak = Math.max(peak, live() - baseline);
                }
            };
        }
    }

    /** The generated corpus, with the heap sampled while the writer walks its documents, claims and mentions. */
    static final class Watched extends ForwardingCorpus {
        final HeapWatch watch;

        Watched(ReportCorpus corpus, HeapWatch watch) {
            super(corpus);
            this.watch = watch;
        }

        @Override
        public void documents(Consumer<Document> each) {
            super.documents(watch.watching(each));
        }

        @Override
        public void claims(Consumer<org.hasila.core.claim.Claim> each) {
            super.claims(watch.watching(each));
        }

        @Override
        public void mentions(List<String> entities, Consumer<org.hasila.core.entity.Mention> each) {
            super.mentions(entities, watch.watching(each));
        }

        @Override
        public void mentions(Consumer<org.hasila.core.entity.Mention> each) {
            super.mentions(watch.watching(each));
        }
    }

    static ReportInput input(ReportCorpus corpus) {
        List<String> cited = List.of(GeneratedCorpus.claimId(0), GeneratedCorpus.claimId(DOCUMENTS / 2),
                GeneratedCorpus.claimId(DOCUMENTS - 1));
        Figure killed = new Figure(Kind.KILLED, Group.CIVILIANS, 12L, 12L, 12L, "latest-per-source", cited, cited,
                false, List.of());
        Event event = new Event("e-000000000001", "shelling", "قصف", null, "2024-03-05", null,
                List.of(GeneratedCorpus.documentId(0)), List.of(killed), List.of());
        return new ReportInput(new RunSummary(1, "COMPLETED", "articles", DOCUMENTS, 0, 0, 0), corpus,
                List.of(new Entity(GeneratedCorpus.ENTITY, "agency", "Ministry of Health", "وزارة الصحة", List.of())),
                new Reconciliation(List.of(event), Map.of(cited.get(0), "e-000000000001")), Changes.none());
    }

    @Test
    void thousandsOfLongDocumentsAreReportedWithoutHoldingTheirTexts() throws IOException {
        HeapWatch watch = new HeapWatch(500);
        new ReportWriter().write(out, input(new Watched(new GeneratedCorpus(DOCUMENTS, TEXT_LENGTH), watch)), AT);

        assertThat(watch.seen).as("the writer read the corpus").isGreaterThanOrEqualTo(3 * DOCUMENTS);
        assertThat(watch.peak).as("heap retained while writing, bytes").isLessThan(RETAINED_LIMIT);
        assertThat(countArrayItems(out.resolve("report.json"), "claims")).isEqualTo(DOCUMENTS);
        assertThat(countArrayItems(out.resolve("report.json"), "documents")).isEqualTo(DOCUMENTS);
        try (var texts = Files.list(out.resolve("text"))) {
            assertThat(texts.count()).isEqualTo(DOCUMENTS);
        }
    }

    @Test
    void theStreamedReportFollowsTheSchema() {
        new ReportWriter().write(out, input(new GeneratedCorpus(200, 2_000)), AT);

        ReportSchemaAssert.assertValid(out.resolve("report.json"));
    }

    @Test
    void aTextAlreadyWrittenIsNotWrittenAgainButAChangedOneIs() throws IOException {
        new ReportWriter().write(out, input(new GeneratedCorpus(3, 500)), AT);
        Path kept = out.resolve("text").resolve(GeneratedCorpus.documentId(0) + ".txt");
        Path changed = out.resolve("text").resolve(GeneratedCorpus.documentId(1) + ".txt");
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, longAgo);
        Files.writeString(changed, "نص قديم", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(changed, longAgo);

        new ReportWriter().write(out, input(new GeneratedCorpus(3, 500)), AT);

        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(longAgo);
        assertThat(Files.readString(changed, StandardCharsets.UTF_8))
                .isEqualTo(new GeneratedCorpus(3, 500).document(GeneratedCorpus.documentId(1)).text());
    }

    /** Counts a top-level array's items with a streaming parser (the report is too large to want as a tree). */
    static int countArrayItems(Path report, String field) {
        try (JsonParser parser = JsonMapper.builder().build().createParser(report.toFile())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(field)) {
                    int n = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        n++;
                    }
                    return n;
                }
                parser.skipChildren();
            }
            return -1;
        }
    }
}
