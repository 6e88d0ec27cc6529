package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reports filed under a region because they name several places in it ("إقليم بلوشستان" with "ممر بولان" and
 * "كويتا", the official's city) join the one incident of those places whose days meet theirs: the region's reports and
 * the town's are one story told at two scales. Where two of the places named have an incident in those days, or none
 * has, the region's reports stay an incident of their own; a place named only in passing (where the wounded were
 * taken, a dateline) names no candidate.
 */
final class RegionalReports {

    /** Merges followed at most (a province into its district into its town): a bound against a cycle. */
    private static final int MAX_DEPTH = 4;

    private final BiFunction<String, String, Set<String>> severalInside;
    private final int windowDays;

    /**
     * @param severalInside for a document and the region it is filed under, the places inside the region it names
     *                      beside it ({@link PlaceResolver#severalInside})
     */
    RegionalReports(BiFunction<String, String, Set<String>> severalInside, int windowDays) {
        this.severalInside = severalInside;
        this.windowDays = windowDays;
    }

    /** The clusters, each region's joined to the one incident of the places its reports name; in the same order. */
    List<Cluster> join(List<Cluster> clusters) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            byKey.computeIfAbsent(clusters.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        int[] into = new int[clusters.size()];
        for (int i = 0; i < clusters.size(); i++) {
            into[i] = target(i, clusters, byKey);
        }
        Map<Integer, List<Item>> joined = new HashMap<>();
        boolean[] absorbed = new boolean[clusters.size()];
        for (int i = 0; i < clusters.size(); i++) {
            int t = i;
            for (int depth = 0; depth < MAX_DEPTH && into[t] >= 0; depth++) {
                t = into[t];
            }
            if (t != i) {
                joined.computeIfAbsent(t, k -> new ArrayList<>()).addAll(clusters.get(i).items());
                absorbed[i] = true;
            }
        }
        return Cluster.joined(clusters, joined, absorbed);
    }

    /** The one cluster the region's cluster {@code i} joins, or -1. */
    private int target(int i, List<Cluster> clusters, Map<String, List<Integer>> byKey) {
        Cluster region = clusters.get(i);
        if (EventClusterer.placeOf(region.key()) == null) {
            return -1;
        }
        Set<String> named = new TreeSet<>();
        region.items().stream().map(Item::document).distinct()
                .forEach(d -> named.addAll(severalInside.apply(d, region.key())));
        int found = -1;
        for (String place : named) {
            for (int j : byKey.getOrDefault(place, List.of())) {
                if (j != i && meet(region, clusters.get(j))) {
                    if (found >= 0) {
                        return -1; // two of its places had an incident in those days: which one is not known
                    }
                    found = j;
                }
            }
        }
        return found;
    }

    /** Whether the dated items of the two clusters come within the window of each other. */
    private boolean meet(Cluster a, Cluster b) {
        LocalDate[] x = span(a);
        LocalDate[] y = span(b);
        if (x == null || y == null) {
            return false;
        }
        return ChronoUnit.DAYS.between(y[1], x[0]) <= windowDays && ChronoUnit.DAYS.between(x[1], y[0]) <= windowDays;
    }

    private static LocalDate[] span(Cluster c) {
        List<LocalDate> dates = c.items().stream().map(Item::date).filter(Objects::nonNull).sorted().toList();
        return dates.isEmpty() ? null : new LocalDate[] {dates.get(0), dates.get(dates.size() - 1)};
    }
}
