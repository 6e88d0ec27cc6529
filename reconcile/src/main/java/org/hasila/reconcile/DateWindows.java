package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the items of one place into incidents: a gap of more than the window between two dated
 * items starts a new incident; an undated item joins the incident its own document points to. An item undated for
 * want of a year ({@link Item#monthDay}: "BEIRUT, Sept 18 (Reuters) -") is placed among them on its month and day, in
 * the year that brings it nearest the place's dated items: a report of Sept 18 joins an incident of Sept 17 at its
 * place, not one of October; it stays undated in the event.
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
        List<Placed> placed = new ArrayList<>();
        List<LocalDate> known = new ArrayList<>();
        for (Item item : sorted) {
            if (item.date() != null) {
                placed.add(new Placed(item, item.date()));
                known.add(item.date());
            }
        }
        for (Item item : sorted) {
            if (item.date() == null && item.monthDay() != null) {
                placed.add(new Placed(item, nearest(item.monthDay(), known)));
            } else if (item.date() == null) {
                undated.add(item);
            }
        }
        placed.sort(Comparator.comparing(Placed::day)); // stable: the dated keep their order
        LocalDate previous = null;
        for (Placed p : placed) {
            if (previous == null || ChronoUnit.DAYS.between(previous, p.day()) > windowDays) {
                windows.add(new ArrayList<>());
            }
            windows.get(windows.size() - 1).add(p.item());
            previous = p.day();
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

    /** An item and the day it is placed on. */
    private record Placed(Item item, LocalDate day) {
    }

    /** A leap year, in which every month and day is a date: where a place has no dated item to take a year from. */
    private static final int ANY_YEAR = 2000;

    /** The date of {@code monthDay} nearest to any of {@code known} (ascending), in the year before, of or after one. */
    static LocalDate nearest(MonthDay monthDay, List<LocalDate> known) {
        if (known.isEmpty()) {
            return monthDay.atYear(ANY_YEAR);
        }
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (int year = known.get(0).getYear() - 1; year <= known.get(known.size() - 1).getYear() + 1; year++) {
            LocalDate candidate = monthDay.atYear(year);
            long gap = gapToNearest(candidate, known);
            if (gap < bestGap) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best;
    }

    private static long gapToNearest(LocalDate day, List<LocalDate> known) {
        int at = Collections.binarySearch(known, day);
        if (at >= 0) {
            return 0;
        }
        int next = -at - 1;
        long gap = Long.MAX_VALUE;
        if (next < known.size()) {
            gap = ChronoUnit.DAYS.between(day, known.get(next));
        }
        if (next > 0) {
            gap = Math.min(gap, ChronoUnit.DAYS.between(known.get(next - 1), day));
        }
        return gap;
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
