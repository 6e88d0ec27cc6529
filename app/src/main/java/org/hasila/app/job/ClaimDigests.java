package org.hasila.app.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.hasila.core.id.HexIdKeys;

/**
 * A set of claim ids held as longs, 8 bytes each, for comparing the claims of two runs without holding either side's
 * ids: the extractor's ids exactly ({@link HexIdKeys#CLAIMS}), ids of any other form (a report from elsewhere, say)
 * by the first 63 bits of their SHA-256 with the top bit set, so that the two kinds never meet.
 */
final class ClaimDigests {

    private final LongStream.Builder added = LongStream.builder();
    private long[] sorted;

    void add(String claimId) {
        if (sorted != null) {
            throw new IllegalStateException("digests are added before they are compared");
        }
        added.add(digest(claimId));
    }

    /** This set's digests that {@code other} does not hold, sorted. */
    long[] notIn(ClaimDigests other) {
        long[] mine = sorted();
        long[] theirs = other.sorted();
        return Arrays.stream(mine).filter(d -> Arrays.binarySearch(theirs, d) < 0).toArray();
    }

    /** Hands {@code each} those of the ids it is given whose digest is among {@code digests} (sorted). */
    static Consumer<String> among(long[] digests, Consumer<String> each) {
        return id -> {
            if (Arrays.binarySearch(digests, digest(id)) >= 0) {
                each.accept(id);
            }
        };
    }

    private long[] sorted() {
        if (sorted == null) {
            sorted = added.build().sorted().distinct().toArray();
        }
        return sorted;
    }

    static long digest(String claimId) {
        long exact = HexIdKeys.CLAIMS.of(claimId);
        if (exact != HexIdKeys.NONE) {
            return exact;
        }
        byte[] hash = sha256().digest((claimId == null ? "" : claimId).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(hash).getLong() | Long.MIN_VALUE;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
