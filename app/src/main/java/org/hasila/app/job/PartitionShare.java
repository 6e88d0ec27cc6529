package org.hasila.app.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One partition's share of a run's work: the input files whose relative path hashes to it (ingest), and the
 * documents whose id lies in its range (extract). A document id is already hex digits of a SHA-256, so a range of
 * ids is a range of hashes, and one that plain SQL selects on H2 and PostgreSQL alike. Every share of a grid is
 * disjoint from the others and together they cover everything, whatever the files and ids.
 *
 * @param index which share, from 0
 * @param count how many shares the work is split into
 */
record PartitionShare(int index, int count) {

    /** Key of the share's index in a partition's execution context. */
    static final String INDEX = "partition";
    /** Key of the number of shares in a partition's execution context. */
    static final String COUNT = "partitions";
    /** All the work: what a step run whole (not partitioned) does. */
    static final PartitionShare ALL = new PartitionShare(0, 1);

    /** Ids start with this, then hex digits; range boundaries are this and four hex digits. */
    private static final String ID_PREFIX = "d-";
    private static final int ID_SPACE = 0x10000;

    PartitionShare {
        if (count < 1 || count > ID_SPACE || index < 0 || index >= count) {
            throw new IllegalArgumentException("no share " + index + " of " + count);
        }
    }

    /** The share a step execution's context names, or all the work when it names none. */
    static PartitionShare of(Integer index, Integer count) {
        return index == null || count == null ? ALL : new PartitionShare(index, count);
    }

    /** True when the file (relative to the input folder) is this share's to ingest. */
    boolean holdsFile(Path relative) {
        return count == 1 || Math.floorMod(hash(portable(relative)), count) == index;
    }

    /** The lowest document id of the share (inclusive), or null when it starts with the lowest id of all. */
    String firstId() {
        return index == 0 ? null : boundary(index);
    }

    /** The id the share ends before (exclusive), or null when it goes up to the highest id of all. */
    String endId() {
        return index == count - 1 ? null : boundary(index + 1);
    }

    private String boundary(int share) {
        return ID_PREFIX + String.format(Locale.ROOT, "%04x", (int) ((long) share * ID_SPACE / count));
    }

    /** The path's names joined by '/', so that a worker on another operating system hashes it the same. */
    private static String portable(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }

    private static int hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
