package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Files the items of a place the texts locate facilities in under those facilities, each for the days of its own
 * reports ({@link PlaceResolver#facilitiesIn}): a city is where a prison, a camp or a base was attacked only on the
 * days that facility's reports tell of, not on every day of the corpus.
 */
final class FacilityDays {

    private final PlaceResolver places;
    private final Map<String, List<Item>> byKey;
    private final UnaryOperator<String> canonical;

    /**
     * @param byKey     the items by place, changed in place
     * @param canonical the one instance of each key that items share
     */
    FacilityDays(PlaceResolver places, Map<String, List<Item>> byKey, UnaryOperator<String> canonical) {
        this.places = places;
        this.byKey = byKey;
        this.canonical = canonical;
    }

    /**
     * Moves the items of each place the texts locate facilities in ("سجن الصناعة في حي غويران بالحسكة") to the
     * facility whose own items lie within {@link #FOLD_DAYS} of theirs, the nearest: "الحسكة" in the days of the prison's
     * siege is the prison, but Kabul in the days of an airport bombing is not the prison opened ten days before
     * (Pul-e-Charkhi's reports, read in August 2021). An item undated stays or is moved with its document's dated items; else
     * to the place's one facility, as before days were weighed (nothing tells which incident of the place it is), or,
     * of several, where most of the place's dated items went when it keeps none. Everything goes to the one facility
     * where no item of its own is dated.
     */
    void fold() {
        Map<String, Set<LocalDate>> ownDays = facilitiesDays();
        for (String place : List.copyOf(byKey.keySet())) {
            Set<String> facilities = places.facilitiesIn(place);
            if (facilities.isEmpty()) {
                continue;
            }
            Map<String, List<LocalDate>> daysOf = new TreeMap<>();
            List<LocalDate> allDays = new ArrayList<>();
            for (String facility : facilities) {
                List<LocalDate> days = List.copyOf(ownDays.getOrDefault(facility, Set.of()));
                daysOf.put(facility, days);
                allDays.addAll(days);
            }
            allDays.sort(null);
            if (allDays.isEmpty() && facilities.size() == 1) {
                // a facility no report of its own dates ("سجن مالير" in an undated report): all its place's
                facilities.forEach(f -> byKey.remove(place).forEach(item -> moveTo(f, item)));
                continue;
            }
            List<Item> kept = new ArrayList<>();
            List<Item> undated = new ArrayList<>();
            Map<String, String> facilityOfDocument = new HashMap<>();
            Set<String> keptDocuments = new HashSet<>();
            for (Item item : byKey.get(place)) {
                LocalDate day = item.date() != null ? item.date()
                        : item.monthDay() != null && !allDays.isEmpty() ? DateWindows.nearest(item.monthDay(), allDays)
                        : null;
                if (day == null) {
                    undated.add(item);
                    continue;
                }
                String facility = nearestFacility(day, daysOf);
                if (facility == null) {
                    kept.add(item);
                    keptDocuments.add(item.document());
                } else {
                    moveTo(facility, item);
                    facilityOfDocument.putIfAbsent(item.document(), facility);
                }
            }
            // of several facilities, where the place keeps no dated item, its undated ones go where most dated ones went
            String most = kept.isEmpty() ? mostCommon(facilityOfDocument.values()) : null;
            for (Item item : undated) {
                String facility = facilityOfDocument.get(item.document());
                if (facility == null && keptDocuments.contains(item.document())) {
                    kept.add(item); // an earlier incident or a wider count its dated figures, kept here, tell of
                    continue;
                }
                if (facility == null && facilities.size() == 1) {
                    facility = facilities.iterator().next();
                } else if (facility == null) {
                    facility = most;
                }
                if (facility == null) {
                    kept.add(item);
                } else {
                    moveTo(facility, item);
                }
            }
            if (kept.isEmpty()) {
                byKey.remove(place);
            } else {
                byKey.put(place, kept);
            }
        }
    }

    /**
     * The days of each facility that some place is located by: those of the items keyed to it and of every item of a
     * document that names it (a report of Pul-e-Charkhi that names Kabul more is still of the prison's days).
     */
    private Map<String, Set<LocalDate>> facilitiesDays() {
        Set<String> located = new HashSet<>();
        for (String key : byKey.keySet()) {
            located.addAll(places.facilitiesIn(key));
        }
        Map<String, Set<LocalDate>> days = new HashMap<>();
        if (located.isEmpty()) {
            return days;
        }
        byKey.forEach((key, items) -> {
            for (Item item : items) {
                if (item.date() == null) {
                    continue;
                }
                if (located.contains(key)) {
                    days.computeIfAbsent(key, k -> new TreeSet<>()).add(item.date());
                }
                for (String site : places.sitesNamedBy(item.document())) {
                    if (located.contains(site)) {
                        days.computeIfAbsent(site, k -> new TreeSet<>()).add(item.date());
                    }
                }
            }
        });
        return days;
    }

    /** The value most often in {@code values}, the smaller of equals; {@code null} when there is none. */
    private static String mostCommon(Collection<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Days between an item of a place and a facility's own nearest item for it to be that facility's. */
    static final int FOLD_DAYS = 3;

    /** The facility with an item of its own nearest {@code day}, within {@link #FOLD_DAYS}; else {@code null}. */
    private static String nearestFacility(LocalDate day, Map<String, List<LocalDate>> daysOf) {
        String nearest = null;
        long nearestGap = FOLD_DAYS + 1L;
        for (Map.Entry<String, List<LocalDate>> facility : daysOf.entrySet()) {
            for (LocalDate own : facility.getValue()) {
                long gap = Math.abs(ChronoUnit.DAYS.between(own, day));
                if (gap < nearestGap) {
                    nearest = facility.getKey();
                    nearestGap = gap;
                }
            }
        }
        return nearest;
    }

    private void moveTo(String facility, Item item) {
        byKey.computeIfAbsent(facility, k -> new ArrayList<>()).add(new Item(canonical.apply(facility), item.date(),
                item.document(), item.claimKey(), item.otherClaim(), item.position(), item.monthDay()));
    }
}
