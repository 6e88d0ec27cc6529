package org.hasila.reconcile;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the items of one place into incidents: a gap of more than the window between two dated
 * items starts a new incident; an undated item joins the incident its own document points to.
 */
final class DateWindows {

    private final int windowDays;

    DateWindows(int windowDays) {
        this.windowDays = windowDays;
    }

    /** Items of one key, sorted by {@link Item#ORDER}; returns one list per incident, in date order. */
    List<List<Item>> split(List<Item> sorted) {
        List<List<Item>> windows = new ArrayList<>();
        List<Item> undated = new ArrayList<>();
        Item previous = null;
        for (Item item : sorted) {
            if (item.date() == null) {
                undated.add(item);
                continue;
            }
            if (previous == null || ChronoUnit.DAYS.between(previous.date(), item.date()) > windowDays) {
                windows.add(new ArrayList<>());
            }
            windows.get(windows.size() - 1).add(item);
            previous = item;
        }
        if (windows.isEmpty()) {
            return undated.isEmpty() ? List.of() : List.of(undated);
        }
        List<Map<String, Integer>> perDocument = new ArrayList<>();
        for (List<Item> window : windows) {
            Map<String, Integer> counts = new HashMap<>();
            window.forEach(it -> counts.merge(it.document(), 1, Integer::sum));
            perDocument.add(counts);
        }
        List<Integer> sizes = windows.stream().map(List::size).toList();
        for (Item item : undated) {
            windows.get(windowFor(item.document(), perDocument, sizes)).add(item);
        }
        return windows;
    }

    /** The window holding most dated items of the same document, else the one holding most items. */
    private static int windowFor(String document, List<Map<String, Integer>> perDocument, List<Integer> sizes) {
        int best = 0;
        int bestSame = -1;
        int bestSize = -1;
        for (int i = 0; i < sizes.size(); i++) {
            int same = perDocument.get(i).getOrDefault(document, 0);
            int size = sizes.get(i);
            if (same > bestSame || (same == bestSame && size > bestSize)) {
                best = i;
                bestSame = same;
                bestSize = size;
            }
        }
        return best;
    }
}
