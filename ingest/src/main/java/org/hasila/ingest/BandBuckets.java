package org.hasila.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * LSH buckets of documents (by the order they were added) keyed by one band of their signature. Adding a document
 * first reports each earlier one that shares a band with it, with how many bands it shares, counted in an int per
 * document: a bucket entry costs an increment, however large the bucket.
 */
final class BandBuckets {

    /** Receives an earlier document sharing at least one band, once, with the number of bands shared. */
    interface CandidateVisitor {
        void visit(int document, int sharedBands);
    }

    /** Past one candidate in this many earlier documents, scanning all in order beats jumping between them. */
    private static final int DENSE = 16;

    private final int rows;
    private final Map<BandKey, Members> buckets = new HashMap<>();
    private int[] sharedBands = new int[64];
    private int[] candidates = new int[64];
    private long entriesVisited;

    /** @param rows minima per band */
    BandBuckets(int rows) {
        this.rows = rows;
    }

    /** Bands a signature of {@code hashes} functions is cut into; minima past the last whole band are in none. */
    int bands(int hashes) {
        return hashes / rows;
    }

    /**
     * Visits the earlier documents sharing a band with {@code minHashes}, then files {@code document} (numbered
     * after every earlier one) under its bands.
     */
    void add(int document, long[] minHashes, CandidateVisitor visitor) {
        if (document >= sharedBands.length) {
            sharedBands = Arrays.copyOf(sharedBands, Math.max(document + 1, 2 * sharedBands.length));
        }
        BandKey[] keys = new BandKey[bands(minHashes.length)];
        int found = 0;
        for (int band = 0; band < keys.length; band++) {
            keys[band] = new BandKey(band, Arrays.copyOfRange(minHashes, band * rows, band * rows + rows));
            Members members = buckets.get(keys[band]);
            if (members == null) {
                continue;
            }
            entriesVisited += members.size;
            for (int i = 0; i < members.size; i++) {
                int other = members.documents[i];
                if (sharedBands[other]++ == 0) {
                    if (found == candidates.length) {
                        candidates = Arrays.copyOf(candidates, 2 * found);
                    }
                    candidates[found++] = other;
                }
            }
        }
        if (found > document / DENSE) {
            // visited in order, the candidates' data (the caller's arrays by document) is read front to back
            for (int other = 0; other < document; other++) {
                int shared = sharedBands[other];
                if (shared > 0) {
                    sharedBands[other] = 0;
                    visitor.visit(other, shared);
                }
            }
        } else {
            for (int i = 0; i < found; i++) {
                int other = candidates[i];
                int shared = sharedBands[other];
                sharedBands[other] = 0;
                visitor.visit(other, shared);
            }
        }
        for (BandKey key : keys) {
            buckets.computeIfAbsent(key, k -> new Members()).add(document);
        }
    }

    /** Bucket entries looked at so far: the work of finding candidates, for measurements. */
    long entriesVisited() {
        return entriesVisited;
    }

    /** The documents of one bucket, in the order added. */
    private static final class Members {
        private int[] documents = new int[2];
        private int size;

        void add(int document) {
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, 2 * size);
            }
            documents[size++] = document;
        }
    }

    /** One band of a signature: equal keys make two documents candidates. */
    private record BandKey(int band, long[] rows) {

        @Override
        public boolean equals(Object o) {
            return o instanceof BandKey k && k.band == band && Arrays.equals(k.rows, rows);
        }

        @Override
        public int hashCode() {
            return 31 * band + Arrays.hashCode(rows);
        }
    }
}
