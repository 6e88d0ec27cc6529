package org.hasila.ingest;

import java.util.ArrayList;
import java.util.Arrays;
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
 */
public final class NearDuplicateIndex {

    /** Share of the smaller text found in the other that makes a link. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    /** Rows per band: two keeps pairs of resemblance 0.3 (a story inside one twice its length) as candidates. */
    private static final int ROWS = 2;

    private final double threshold;
    private final Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, TreeSet<String>> links = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<BandKey, List<String>> buckets = new HashMap<>();

    public NearDuplicateIndex() {
        this(DEFAULT_THRESHOLD);
    }

    public NearDuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Adds a document and returns the documents already in the index it is a near-duplicate of, sorted. Adding an
     * id again (an identical copy under another name has the same id) changes nothing.
     */
    public List<String> add(String documentId, Fingerprint fingerprint) {
        if (fingerprints.containsKey(documentId)) {
            return List.copyOf(links.get(documentId));
        }
        TreeSet<String> candidates = new TreeSet<>();
        List<BandKey> keys = bandKeys(fingerprint);
        for (BandKey key : keys) {
            candidates.addAll(buckets.getOrDefault(key, List.of()));
        }
        order.put(documentId, fingerprints.size());
        fingerprints.put(documentId, fingerprint);
        parent.put(documentId, documentId);
        links.put(documentId, new TreeSet<>());
        for (String other : candidates) {
            if (fingerprint.containment(fingerprints.get(other)) >= threshold) {
                links.get(documentId).add(other);
                links.get(other).add(documentId);
                union(documentId, other);
            }
        }
        keys.forEach(key -> buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(documentId));
        return List.copyOf(links.get(documentId));
    }

    /** The documents directly linked to this one, sorted; empty for an unknown id. */
    public List<String> nearDuplicatesOf(String documentId) {
        return List.copyOf(links.getOrDefault(documentId, new TreeSet<>()));
    }

    /** The first-added document of this one's cluster (itself when it has no near-duplicate). */
    public String canonicalOf(String documentId) {
        return fingerprints.containsKey(documentId) ? find(documentId) : documentId;
    }

    /** Every document, in the order added, mapped to the first-added document of its cluster. */
    public Map<String, String> canonicalOf() {
        Map<String, String> out = new LinkedHashMap<>();
        fingerprints.keySet().forEach(id -> out.put(id, find(id)));
        return out;
    }

    private List<BandKey> bandKeys(Fingerprint fingerprint) {
        List<BandKey> keys = new ArrayList<>();
        if (fingerprint.shingles() == 0) {
            return keys;
        }
        long[] hashes = fingerprint.minHashes();
        for (int band = 0; band + ROWS <= hashes.length; band += ROWS) {
            keys.add(new BandKey(band, Arrays.copyOfRange(hashes, band, band + ROWS)));
        }
        return keys;
    }

    private String find(String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    /** The earlier-added root stays the root, so a cluster is always named by its first document. */
    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (order.get(ra) < order.get(rb)) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
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
