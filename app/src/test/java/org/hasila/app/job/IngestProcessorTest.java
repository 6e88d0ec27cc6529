package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hasila.app.store.FileStamp;
import org.hasila.core.document.DocumentStatus;
import org.hasila.ingest.DocumentReader;
import org.hasila.ingest.IngestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestProcessorTest {

    private static final Instant MODIFIED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = MODIFIED.plusSeconds(3600);
    private static final String TEXT = "قتل 3 مدنيين في قصف على بلدة في ريف إدلب، بحسب المرصد السوري.\n";

    @TempDir
    Path root;

    private final Map<String, FileStamp> stamps = new HashMap<>();
    private Path file;
    private String contentId;

    @BeforeEach
    void writeFile() throws IOException {
        file = Files.writeString(root.resolve("a.txt"), TEXT);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        contentId = ContentIds.of(file).orElseThrow();
    }

    @Test
    void aFileItsStampVouchesForIsItsDocumentUnread() throws Exception {
        // the stamp names a document the file's bytes would not make: only a file left unread comes out as it
        stamps.put("a.txt", FileStamp.look(file).stamp(MODIFIED.plusSeconds(60), "d-stamped"));

        IngestedFile ingested = processor(Set.of("d-stamped")).process(Path.of("a.txt"));

        assertThat(ingested.unchanged()).isTrue();
        assertThat(ingested.documentId()).isEqualTo("d-stamped");
        assertThat(ingested.stamp()).as("nothing new to save").isNull();
    }

    @Test
    void aFileModifiedSinceItsStampIsHashedAndStampedAgain() throws Exception {
        stamps.put("a.txt", FileStamp.look(file).stamp(MODIFIED.plusSeconds(60), "d-stamped"));
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusSeconds(5)));

        IngestedFile ingested = processor(Set.of("d-stamped", contentId)).process(Path.of("a.txt"));

        assertThat(ingested.unchanged()).as("its content is stored and extracted").isTrue();
        assertThat(ingested.documentId()).isEqualTo(contentId);
        assertThat(ingested.stamp()).isEqualTo(FileStamp.look(file).stamp(NOW, contentId));
    }

    @Test
    void aStampOfADocumentThisVersionDidNotExtractIsNotTrusted() throws Exception {
        stamps.put("a.txt", FileStamp.look(file).stamp(MODIFIED.plusSeconds(60), contentId));

        IngestedFile ingested = processor(Set.of()).process(Path.of("a.txt"));

        assertThat(ingested.unchanged()).isFalse();
        assertThat(ingested.document().status()).isEqualTo(DocumentStatus.PROCESSED);
        assertThat(ingested.document().id()).isEqualTo(contentId);
        assertThat(ingested.stamp()).isEqualTo(FileStamp.look(file).stamp(NOW, contentId));
    }

    private IngestProcessor processor(Set<String> extracted) {
        return new IngestProcessor(root, new DocumentReader(IngestSettings.defaults()), extracted::contains, stamps,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
