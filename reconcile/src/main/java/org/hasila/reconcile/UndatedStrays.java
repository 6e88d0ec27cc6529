package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * An incident of undated figures only, filed under a region, whose documents all have figures of a place inside that
 * region in another incident, is part of that one: a report with no date that keys its figures to a town ("في ژوب
 * ... قُتلوا جميعاً") and its other sentences to the province it is about ("خمسة جرحى ... لا يزالون في المستشفى") tells one
 * story, not a second incident with no day. Of several such incidents, the one holding most of those documents'
 * figures is chosen.
 */
final class UndatedStrays {

    private final BiPredicate<String, String> lies;

    /** @param lies whether a place lies inside a region, at any depth */
    UndatedStrays(BiPredicate<String, String> lies) {
        this.lies = lies;
    }

    /** The clusters, each undated regional one joined to its documents' incident inside the region; in order. */
    List<Cluster> join(List<Cluster> clusters) {
        Map<String, List<Integer>> clustersOfDocument = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            int index = i;
            clusters.get(i).items().stream().map(Item::document).distinct()
                    .forEach(d -> clustersOfDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(index));
        }
        Map<Integer, List<Item>> joined = new HashMap<>();
        boolean[] absorbed = new boolean[clusters.size()];
        for (int i = 0; i < clusters.size(); i++) {
            int target = target(i, clusters, clustersOfDocument);
            if (target >= 0) {
                joined.computeIfAbsent(target, k -> new ArrayList<>()).addAll(clusters.get(i).items());
                absorbed[i] = true;
            }
        }
        return Cluster.joined(clusters, joined, absorbed);
    }

    /** The cluster the undated regional cluster {@code i} joins, or -1. */
    private int target(int i, List<Cluster> clusters, Map<String, List<Integer>> clustersOfDocument) {
        Cluster stray = clusters.get(i);
        String region = EventClusterer.placeOf(stray.key());
        if (region == null || dated(stray)) {
            return -1;
        }
        Set<String> documents = stray.items().stream().map(Item::document).collect(Collectors.toSet());
        int best = -1;
        long bestShare = 0;
        for (String document : documents) {
            boolean inside = false;
            for (int j : clustersOfDocument.get(document)) {
                String place = EventClusterer.placeOf(clusters.get(j).key());
                // a dated incident only: one undated too may be a stray itself, joined elsewhere
                if (j == i || place == null || !lies.test(place, region) || !dated(clusters.get(j))) {
                    continue;
                }
                inside = true;
                long share = clusters.get(j).items().stream().filter(it -> documents.contains(it.document())).count();
                if (share > bestShare || share == bestShare && j < best) {
                    best = j;
                    bestShare = share;
                }
            }
            if (!inside) {
                return -1; // a document of its own there: the region's incident, not a stray of another
            }
        }
        return best;
    }

    private static boolean dated(Cluster cluster) {
        return cluster.items().stream().anyMatch(it -> it.date() != null || it.monthDay() != null);
    }
}
