package org.hasila.ingest;

import java.time.Duration;

/**
 * Limits for reading input files.
 *
 * @param maxFileBytes files larger than this are quarantined unread
 * @param writeLimit   most characters of text taken from one file (Tika's write limit)
 * @param parseTimeout a parse that takes longer is cut off and the file quarantined
 */
public record IngestSettings(long maxFileBytes, int writeLimit, Duration parseTimeout) {

    public static IngestSettings defaults() {
        return new IngestSettings(50L * 1024 * 1024, 5_000_000, Duration.ofSeconds(60));
    }
}
