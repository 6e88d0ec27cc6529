package org.hasila.ingest;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A document's near-duplicate signature: the MinHash of its word shingles and how many distinct shingles it has.
 * Small enough to store with the document ({@link #encode()}), compared without the text.
 *
 * @param shingles distinct word shingles in the text
 * @param minHashes one minimum per hash function; all functions agree on a shingle set's share with another
 */
public record Fingerprint(int shingles, long[] minHashes) {

    public Fingerprint {
        minHashes = minHashes.clone();
    }

    @Override
    public long[] minHashes() {
        return minHashes.clone();
    }

    /** Estimated Jaccard resemblance of the two shingle sets: the share of hash functions with the same minimum. */
    public double resemblance(Fingerprint other) {
        if (shingles == 0 || other.shingles == 0 || minHashes.length != other.minHashes.length) {
            return 0;
        }
        return (double) sameMinima(other) / minHashes.length;
    }

    /**
     * Estimated share of the smaller text's shingles found in the other. A republished story that was trimmed
     * or had lines appended keeps a high containment while its resemblance falls.
     */
    public double containment(Fingerprint other) {
        if (shingles == 0 || other.shingles == 0 || minHashes.length != other.minHashes.length) {
            return 0;
        }
        return containment(sameMinima(other), minHashes.length, shingles, other.shingles);
    }

    /**
     * The containment estimate of two texts of {@code a} and {@code b} shingles whose signatures of {@code hashes}
     * functions agree on {@code same}; it grows with {@code same}, so it also bounds what a pair can reach when
     * only an upper bound of {@code same} is known ({@link NearDuplicateIndex} relies on this).
     */
    static double containment(int same, int hashes, int a, int b) {
        double j = (double) same / hashes;
        if (j == 0) {
            return 0;
        }
        double shared = j * (a + b) / (1 + j);
        return Math.min(1, shared / Math.min(a, b));
    }

    private int sameMinima(Fingerprint other) {
        int same = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same;
    }

    /** Base64 text for storage. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + Long.BYTES * minHashes.length);
        buffer.putInt(shingles);
        for (long h : minHashes) {
            buffer.putLong(h);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static Fingerprint decode(String encoded) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int shingles = buffer.getInt();
        long[] hashes = new long[buffer.remaining() / Long.BYTES];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = buffer.getLong();
        }
        return new Fingerprint(shingles, hashes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "Fingerprint[shingles=" + shingles + ", minHashes=" + minHashes.length + "]";
    }
}
