package org.hasila.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * What a run saw of an input file: its size and modification time, when it looked, and the document its bytes made.
 * The next run takes an unchanged stamp as the same document without reading the file (as make, rsync and git's
 * index do), which spares a nightly run hashing every file of the folder again. A stamp taken less than
 * {@link #SETTLE} after the file's modification vouches for nothing: a file rewritten within the same tick of a
 * coarse clock (FAT's two seconds) would keep its size and time, so such a file is read again.
 *
 * @param size           the file's size in bytes
 * @param modifiedMicros its last modification, microseconds since the epoch
 * @param stampedMicros  when the stamp was taken (before the file was read), microseconds since the epoch
 * @param documentId     the id of the document its content is
 */
public record FileStamp(long size, long modifiedMicros, long stampedMicros, String documentId) {

    /** How long after its last modification a file's stamp must have been taken to vouch for it. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    /** What a regular file is now (without following links), or {@code null} when it is not one or cannot be read. */
    public static Seen look(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    ? new Seen(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS)) : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Whether the file, seen as it is now, is still the document this stamp names. */
    public boolean vouchesFor(Seen now) {
        return now != null && now.size() == size && now.modifiedMicros() == modifiedMicros
                && stampedMicros - modifiedMicros >= TimeUnit.NANOSECONDS.toMicros(SETTLE.toNanos());
    }

    /**
     * A file's size and modification time as looked at, before it is read.
     *
     * @param size           bytes
     * @param modifiedMicros microseconds since the epoch
     */
    public record Seen(long size, long modifiedMicros) {

        /** The stamp of the file seen at {@code at}, whose content is the document {@code documentId}. */
        public FileStamp stamp(Instant at, String documentId) {
            return new FileStamp(size, modifiedMicros, ChronoUnit.MICROS.between(Instant.EPOCH, at), documentId);
        }
    }
}
