package org.hasila.ingest;

import java.util.Arrays;

/**
 * LSH buckets of documents (by the order they were added) keyed by one band of their signature. Adding a document
 * first reports each earlier one that shares a band with it, with how many bands it shares, counted in an int per
 * document: a bucket entry costs an increment, however large the bucket.
 *
 * <p>The buckets are an open-addressing table of parallel primitive arrays: a band's minima and its number are the
 * key, compared exactly; a bucket's first document is kept in the table and the others in an int array of its own.
 * Most bands are a single document's, so a bucket costs 30 bytes a slot, 40 to 80 with the free slots (the table
 * doubles at three quarters full), where a hash map of key and member-list objects cost about 150: the band table is
 * most of what the index holds per document.
 */
final class BandBuckets {

    /** Receives an earlier document sharing at least one band, once, with the number of bands shared. */
    interface CandidateVisitor {
        void visit(int document, int sharedBands);
    }

    /** Past one candidate in this many earlier documents, scanning all in order beats jumping between them. */
    private static final int DENSE = 16;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final int rows;
    /** Slot i's key: its band's minima at [i * rows, i * rows + rows) and the band's number; size 0: empty slot. */
    private long[] minima;
    private short[] bandOf;
    private int[] first;
    private int[][] others;
    private int[] size;
    private int used;
    private int[] sharedBands = new int[64];
    private int[] candidates = new int[64];
    private long entriesVisited;

    /** @param rows minima per band */
    BandBuckets(int rows) {
        this.rows = rows;
        allocate(INITIAL_SLOTS);
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
        int bands = bands(minHashes.length);
        if (bands > Short.MAX_VALUE) {
            throw new IllegalArgumentException(bands + " bands; at most " + Short.MAX_VALUE);
        }
        if (document >= sharedBands.length) {
            sharedBands = Arrays.copyOf(sharedBands, Math.max(document + 1, 2 * sharedBands.length));
        }
        int found = 0;
        for (int band = 0; band < bands; band++) {
            int slot = find(band, minHashes, band * rows);
            if (size[slot] == 0) {
                continue;
            }
            entriesVisited += size[slot];
            for (int i = 0; i < size[slot]; i++) {
                int other = i == 0 ? first[slot] : others[slot][i - 1];
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
        file(document, minHashes);
    }

    /** Files {@code document} (numbered after every earlier one) under its bands without looking for candidates. */
    void file(int document, long[] minHashes) {
        int bands = bands(minHashes.length);
        if (bands > Short.MAX_VALUE) {
            throw new IllegalArgumentException(bands + " bands; at most " + Short.MAX_VALUE);
        }
        for (int band = 0; band < bands; band++) {
            file(band, minHashes, band * rows, document);
        }
    }

    /** Bucket entries looked at so far: the work of finding candidates, for measurements. */
    long entriesVisited() {
        return entriesVisited;
    }

    private void file(int band, long[] minHashes, int from, int document) {
        int slot = find(band, minHashes, from);
        if (size[slot] == 0) {
            System.arraycopy(minHashes, from, minima, slot * rows, rows);
            bandOf[slot] = (short) band;
            first[slot] = document;
            size[slot] = 1;
            if (++used * 4 > size.length * 3) {
                allocate(2 * size.length);
            }
            return;
        }
        int n = size[slot] - 1;
        int[] more = others[slot];
        if (more == null) {
            more = others[slot] = new int[2];
        } else if (n == more.length) {
            more = others[slot] = Arrays.copyOf(more, 2 * n);
        }
        more[n] = document;
        size[slot]++;
    }

    /** The slot holding this band's key, or the empty slot where it would go. */
    private int find(int band, long[] minHashes, int from) {
        int mask = size.length - 1;
        for (int slot = (int) hash(band, minHashes, from) & mask; ; slot = (slot + 1) & mask) {
            if (size[slot] == 0 || (bandOf[slot] == band && sameMinima(slot, minHashes, from))) {
                return slot;
            }
        }
    }

    private boolean sameMinima(int slot, long[] minHashes, int from) {
        int at = slot * rows;
        for (int r = 0; r < rows; r++) {
            if (minima[at + r] != minHashes[from + r]) {
                return false;
            }
        }
        return true;
    }

    private long hash(int band, long[] minHashes, int from) {
        long h = (band + 1) * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = (h ^ minHashes[from + r]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    /** A table of {@code slots} slots (a power of two) holding the buckets filed so far. */
    private void allocate(int slots) {
        long[] oldMinima = minima;
        short[] oldBands = bandOf;
        int[] oldFirst = first;
        int[][] oldOthers = others;
        int[] oldSize = size;
        minima = new long[slots * rows];
        bandOf = new short[slots];
        first = new int[slots];
        others = new int[slots][];
        size = new int[slots];
        if (oldSize == null) {
            return;
        }
        for (int old = 0; old < oldSize.length; old++) {
            if (oldSize[old] > 0) {
                int slot = find(oldBands[old], oldMinima, old * rows);
                System.arraycopy(oldMinima, old * rows, minima, slot * rows, rows);
                bandOf[slot] = oldBands[old];
                first[slot] = oldFirst[old];
                others[slot] = oldOthers[old];
                size[slot] = oldSize[old];
            }
        }
    }
}
