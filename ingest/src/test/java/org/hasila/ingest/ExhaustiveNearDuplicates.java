package org.hasila.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reference {@link NearDuplicateIndex} is held to: every document sharing a band is compared in full, as the
 * index did before it set candidates aside by bounds. Kept plain on purpose; it is quadratic on boilerplate.
 */
final class ExhaustiveNearDuplicates {

    private static final int ROWS = 2;

    private final Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> links = new HashMap<>();
    private final Map<String, List<String>> buckets = new HashMap<>();

    void add(String id, Fingerprint fingerprint) {
        if (fingerprints.containsKey(id)) {
            return;
        }
        TreeSet<String> candidates = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        long[] hashes = fingerprint.minHashes();
        for (int band = 0; fingerprint.shingles() > 0 && band + ROWS <= hashes.length; band += ROWS) {
            keys.add(band + Arrays.toString(Arrays.copyOfRange(hashes, band, band + ROWS)));
        }
        keys.forEach(key -> candidates.addAll(buckets.getOrDefault(key, List.of())));
        fingerprints.put(id, fingerprint);
        links.put(id, new TreeSet<>());
        for (String other : candidates) {
            if (fingerprint.containment(fingerprints.get(other)) >= NearDuplicateIndex.DEFAULT_THRESHOLD) {
                links.get(id).add(other);
                links.get(other).add(id);
            }
        }
        keys.forEach(key -> buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id));
    }

    List<String> nearDuplicatesOf(String id) {
        return List.copyOf(links.get(id));
    }

    /** Each document mapped to the first-added document of its connected component of links. */
    Map<String, String> canonicalOf() {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String id : fingerprints.keySet()) {
            if (!canonical.containsKey(id)) {
                List<String> pending = new ArrayList<>(List.of(id));
                while (!pending.isEmpty()) {
                    String next = pending.remove(pending.size() - 1);
                    if (canonical.putIfAbsent(next, id) == null) {
                        pending.addAll(links.get(next));
                    }
                }
            }
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        fingerprints.keySet().forEach(id -> inOrder.put(id, canonical.get(id)));
        return inOrder;
    }
}
