package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    private static final Instant MODIFIED = Instant.parse("2026-03-01T10:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void aStampVouchesForTheFileWhileItsSizeAndTimeAreTheSame() throws IOException {
        Path file = file("a.txt", "نص أول");
        FileStamp stamp = FileStamp.look(file).stamp(MODIFIED.plusSeconds(60), "d-1");

        assertThat(stamp.vouchesFor(FileStamp.look(file))).isTrue();

        Files.writeString(file, "نص أول، وزيادة");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        assertThat(stamp.vouchesFor(FileStamp.look(file))).as("another size").isFalse();

        Files.writeString(file, "نص ثان");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusMillis(1)));
        assertThat(FileStamp.look(file).size()).isEqualTo(stamp.size());
        assertThat(stamp.vouchesFor(FileStamp.look(file))).as("the same size, modified since").isFalse();
    }

    @Test
    void aStampTakenRightAfterTheFileWasWrittenVouchesForNothing() throws IOException {
        Path file = file("b.txt", "نص");
        FileStamp.Seen seen = FileStamp.look(file);

        assertThat(seen.stamp(MODIFIED.plusMillis(1999), "d-1").vouchesFor(seen))
                .as("a clock of two-second ticks would not show a rewrite within them").isFalse();
        assertThat(seen.stamp(MODIFIED.plusSeconds(2), "d-1").vouchesFor(seen)).isTrue();
    }

    @Test
    void onlyARegularFileIsSeen() throws IOException {
        assertThat(FileStamp.look(dir)).isNull();
        assertThat(FileStamp.look(dir.resolve("missing.txt"))).isNull();
        FileStamp stamp = FileStamp.look(file("c.txt", "نص")).stamp(MODIFIED.plusSeconds(60), "d-1");
        assertThat(stamp.vouchesFor(null)).isFalse();
    }

    private Path file(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return file;
    }
}
