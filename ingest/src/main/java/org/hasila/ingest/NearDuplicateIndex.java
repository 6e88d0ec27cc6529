package org.hasila.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Links documents whose texts are near-duplicates, added one at a time. Candidates come from LSH buckets (bands
 * of the MinHash), so a new document is compared with the few that share a band, not with all; a candidate is
 * linked when the smaller text lies mostly inside the other. Linked documents form clusters, each named by the
 * document added first, so that one wire story republished by several sites counts as one source.
 *
 * <p>What is guaranteed: a document is linked to exactly the earlier documents that share at least one band with
 * it and whose {@link Fingerprint#containment} with it reaches the threshold, the same links (hence the same
 * clusters) as comparing every candidate. Most candidates are set aside without that comparison, by two upper
 * bounds on the minima the pair agrees on: two per shared band plus at most one per other band, and the count of
 * equal low bytes of the minima ({@link MinimaSketch}); a candidate is dropped only when the containment estimate
 * at that bound, which grows with the count, is below the threshold. What is not: the work stays proportional to
 * the bucket entries visited, which grows with the square of the corpus when many documents share boilerplate
 * (one site's, or a generator's templates) and so share bands; each entry costs an int increment and each
 * candidate a dozen word operations, not a comparison of 128 minima.
 *
 * <p>Built with a {@link Fingerprints} source, the index keeps no fingerprint: it holds a few ints, a sketch and the
 * band entries per document, and reads the fingerprints of the candidates that pass the bounds from the source when
 * a document is added (the same links; a store answers with one query for all of a document's candidates).
 */
public final class NearDuplicateIndex {

    /** The fingerprints of documents added earlier, read by id when they are to be compared in full. */
    @FunctionalInterface
    public interface Fingerprints {
        /** Those of these documents' fingerprints that are known, by id. */
        Map<String, Fingerprint> of(Collection<String> documentIds);
    }

    /** Share of the smaller text found in the other that makes a link. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    /** Rows per band: two keeps pairs of resemblance 0.3 (a story inside one twice its length) as candidates. */
    private static final int ROWS = 2;

    private final double threshold;
    private final Fingerprints earlier;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** The fingerprints added, when there is no source to read them from; otherwise none are kept. */
    private final List<Fingerprint> fingerprints = new ArrayList<>();
    private final MinimaSketch sketches = new MinimaSketch(NearDuplicates.HASHES);
    /** Each document's links, {@code null} while it has none (most documents never have any). */
    private final List<TreeSet<String>> links = new ArrayList<>();
    private final BandBuckets buckets = new BandBuckets(ROWS);
    private int[] shingles = new int[64];
    private int[] hashCounts = new int[64];
    private int[] parent = new int[64];
    private long comparisons;

    public NearDuplicateIndex() {
        this(DEFAULT_THRESHOLD);
    }

    public NearDuplicateIndex(double threshold) {
        this(threshold, null);
    }

    /** An index that keeps no fingerprint and reads those it compares from {@code earlier}. */
    public NearDuplicateIndex(double threshold, Fingerprints earlier) {
        this.threshold = threshold;
        this.earlier = earlier;
    }

    /**
     * Adds a document and returns the documents already in the index it is a near-duplicate of, sorted. Adding an
     * id again (an identical copy under another name has the same id) changes nothing.
     */
    public List<String> add(String documentId, Fingerprint fingerprint) {
        Integer known = numbers.get(documentId);
        if (known != null) {
            return linksOf(known);
        }
        int document = register(documentId, fingerprint);
        if (fingerprint.shingles() > 0) {
            List<Integer> compared = new ArrayList<>();
            buckets.add(document, fingerprint.minHashes(), (other, sharedBands) -> {
                if (mayReachThreshold(document, other, sharedBands)) {
                    compared.add(other);
                }
            });
            compareInFull(document, fingerprint, compared);
        }
        return linksOf(document);
    }

    /**
     * Adds a document already compared with every other document filed so (its links with them are known
     * elsewhere, as a store of pairs keeps them): it is filed under its bands, for documents added later to find,
     * without a search of its own and with no links here. Filing an id again changes nothing.
     */
    public void file(String documentId, Fingerprint fingerprint) {
        if (!numbers.containsKey(documentId)) {
            int document = register(documentId, fingerprint);
            if (fingerprint.shingles() > 0) {
                buckets.file(document, fingerprint.minHashes());
            }
        }
    }

    /** Whether a document was added or filed. */
    public boolean holds(String documentId) {
        return numbers.containsKey(documentId);
    }

    /** Numbers a new document and keeps what the bounds and the comparisons need of it. */
    private int register(String documentId, Fingerprint fingerprint) {
        int document = ids.size();
        long[] minHashes = fingerprint.minHashes();
        numbers.put(documentId, document);
        ids.add(documentId);
        if (earlier == null) {
            fingerprints.add(fingerprint);
        }
        sketches.add(document, minHashes);
        links.add(null);
        if (document == parent.length) {
            parent = Arrays.copyOf(parent, 2 * document);
            shingles = Arrays.copyOf(shingles, 2 * document);
            hashCounts = Arrays.copyOf(hashCounts, 2 * document);
        }
        parent[document] = document;
        shingles[document] = fingerprint.shingles();
        hashCounts[document] = minHashes.length;
        return document;
    }

    /**
     * What a store of pairs found by this index must be kept with: a change of the signature's size, of the bands or
     * of the threshold changes which pairs are links, so pairs found under another comparison are found again.
     */
    public String comparison() {
        return "minhash-" + NearDuplicates.HASHES + "/rows-" + ROWS + "/containment-" + threshold;
    }

    /** Links the document to those of the candidates whose containment with it reaches the threshold. */
    private void compareInFull(int document, Fingerprint fingerprint, List<Integer> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Fingerprint> read = earlier == null ? Map.of()
                : earlier.of(candidates.stream().map(ids::get).toList());
        for (int other : candidates) {
            comparisons++;
            Fingerprint theirs = earlier == null ? fingerprints.get(other) : read.get(ids.get(other));
            if (theirs != null && fingerprint.containment(theirs) >= threshold) {
                link(document, other);
            }
        }
    }

    private List<String> linksOf(int document) {
        TreeSet<String> linked = links.get(document);
        return linked == null ? List.of() : List.copyOf(linked);
    }

    /** The documents directly linked to this one, sorted; empty for an unknown id. */
    public List<String> nearDuplicatesOf(String documentId) {
        Integer document = numbers.get(documentId);
        return document == null ? List.of() : linksOf(document);
    }

    /** The first-added document of this one's cluster (itself when it has no near-duplicate). */
    public String canonicalOf(String documentId) {
        Integer document = numbers.get(documentId);
        return document == null ? documentId : ids.get(find(document));
    }

    /** Every document, in the order added, mapped to the first-added document of its cluster. */
    public Map<String, String> canonicalOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int document = 0; document < ids.size(); document++) {
            out.put(ids.get(document), ids.get(find(document)));
        }
        return out;
    }

    /** Bucket entries visited and candidates compared in full so far, for measurements. */
    long[] work() {
        return new long[] {buckets.entriesVisited(), comparisons};
    }

    /**
     * False only when the pair provably cannot reach the threshold: the containment estimate at an upper bound of
     * the minima they agree on is below it. Signatures of different lengths are left to the full comparison.
     */
    private boolean mayReachThreshold(int document, int other, int sharedBands) {
        int hashes = hashCounts[document];
        if (hashCounts[other] != hashes) {
            return true;
        }
        int a = shingles[document];
        int b = shingles[other];
        int bands = buckets.bands(hashes);
        int byBands = ROWS * sharedBands + (ROWS - 1) * (bands - sharedBands) + (hashes - bands * ROWS);
        if (Fingerprint.containment(byBands, hashes, a, b) < threshold) {
            return false;
        }
        return hashes != sketches.hashes()
                || Fingerprint.containment(sketches.agreeingAtMost(document, other), hashes, a, b) >= threshold;
    }

    private void link(int document, int other) {
        linkSet(document).add(ids.get(other));
        linkSet(other).add(ids.get(document));
        int root = find(document);
        int otherRoot = find(other);
        // the earlier-added root stays the root, so a cluster is always named by its first document
        parent[Math.max(root, otherRoot)] = Math.min(root, otherRoot);
    }

    private TreeSet<String> linkSet(int document) {
        TreeSet<String> linked = links.get(document);
        if (linked == null) {
            linked = new TreeSet<>();
            links.set(document, linked);
        }
        return linked;
    }

    private int find(int document) {
        int root = document;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[document] != root) {
            int next = parent[document];
            parent[document] = root;
            document = next;
        }
        return root;
    }
}
