package org.hasila.ingest;

import java.util.Arrays;

/**
 * The low byte of each minimum of the documents' signatures, eight to a word, side by side in one array: two
 * signatures agree on at most as many minima as their sketches agree on bytes, and counting those takes a few word
 * operations instead of one compare per minimum. Kept for the signature length of the first document only; others
 * (which no current signature has) get no sketch.
 */
final class MinimaSketch {

    private static final long LOW_SEVEN = 0x7f7f_7f7f_7f7f_7f7fL;

    private final int hashes;
    private final int words;
    private long[] bytes;

    /** @param hashes the signature length sketched */
    MinimaSketch(int hashes) {
        this.hashes = hashes;
        this.words = (hashes + Long.BYTES - 1) / Long.BYTES;
        this.bytes = new long[64 * words];
    }

    int hashes() {
        return hashes;
    }

    /** Sketches document {@code document}'s minima if its signature has the sketched length. */
    void add(int document, long[] minHashes) {
        if ((document + 1) * words > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max((document + 1) * words, 2 * bytes.length));
        }
        if (minHashes.length != hashes) {
            return;
        }
        int at = document * words;
        for (int i = 0; i < hashes; i++) {
            bytes[at + i / Long.BYTES] |= (minHashes[i] & 0xffL) << (Byte.SIZE * (i % Long.BYTES));
        }
    }

    /**
     * An upper bound of the minima two sketched signatures agree on: equal minima have equal low bytes; unequal
     * ones share a low byte one time in 256.
     */
    int agreeingAtMost(int a, int b) {
        int equalBytes = 0;
        int atA = a * words;
        int atB = b * words;
        for (int i = 0; i < words; i++) {
            long x = bytes[atA + i] ^ bytes[atB + i];
            // the high bit of each zero byte of x, exactly (no carry crosses a byte)
            long zero = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
            equalBytes += Long.bitCount(zero);
        }
        return equalBytes - (words * Long.BYTES - hashes); // the padding bytes of the last word are equal
    }
}
