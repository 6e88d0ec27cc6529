package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;

/**
 * Groups claims and documents into incidents by place, then by date window. Items are only ever
 * compared within one place, so the work grows with n log n, and reports that share nothing but a
 * country, an armed group or a word never meet. Claims and documents are added one at a time and kept as
 * {@link Item}s (ids, a key and a date), never whole.
 */
final class EventClusterer {

    private static final String NO_PLACE = "doc:";

    private final PlaceResolver places;
    private final DateWindows windows;
    private final RegionalReports regional;
    private final Map<String, List<Item>> byKey = new TreeMap<>();
    /**
     * One instance of each key, document id and date the items name: a claim read from the store brings its own
     * copies, and a corpus has a few claims per document and few distinct dates, so sharing them halves the items.
     */
    private final Map<Object, Object> canonical = new HashMap<>();

    EventClusterer(PlaceResolver places, int windowDays) {
        this.places = places;
        this.windows = new DateWindows(windowDays);
        this.regional = new RegionalReports(places::severalInside, windowDays);
    }

    /**
     * A processed document: it joins the incident at its main place, if it names one.
     *
     * @param monthDay the month and day of its year-less date line ({@code --09-18}), or {@code null}
     */
    void addDocument(String id, String published, String monthDay) {
        String place = places.mainPlace(id);
        if (place != null) {
            byKey.computeIfAbsent(place, k -> new ArrayList<>()).add(Item.ofDocument(canonical(place),
                    canonical(IsoDates.dateOf(published)), canonical(id), canonical(monthDayOf(monthDay))));
        }
    }

    /**
     * @param published the publication date of the claim's document, or {@code null}
     * @param monthDay  the month and day of its document's year-less date line, or {@code null}
     */
    void addClaim(Claim claim, String published, String monthDay) {
        Item item = itemOf(claim, published, monthDay);
        byKey.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item);
    }

    private static MonthDay monthDayOf(String monthDay) {
        try {
            return monthDay == null ? null : MonthDay.parse(monthDay);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The incidents of everything added, by key then date; their items in {@link Item#ORDER}. */
    List<Cluster> clusters() {
        foldIntoFacilities();
        List<Cluster> clusters = new ArrayList<>();
        byKey.forEach((key, items) -> {
            items.sort(Item.ORDER);
            for (List<Item> window : windows.split(items)) {
                window.sort(Item.ORDER);
                clusters.add(new Cluster(key, List.copyOf(window)));
            }
        });
        return withoutEchoes(regional.join(clusters));
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
    private void foldIntoFacilities() {
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
    private static String mostCommon(java.util.Collection<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
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
                long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(own, day));
                if (gap < nearestGap) {
                    nearest = facility.getKey();
                    nearestGap = gap;
                }
            }
        }
        return nearest;
    }

    private void moveTo(String facility, Item item) {
        byKey.computeIfAbsent(facility, k -> new ArrayList<>()).add(new Item(canonical(facility), item.date(),
                item.document(), item.claimKey(), item.otherClaim(), item.position(), item.monthDay()));
    }

    /**
     * Drops a cluster of documents alone whose documents all have claims in other clusters: a report whose figures
     * name one place and whose text names another more (an outlet called after a city, "عدن الغد", on a report from
     * Ataq) is that place's report, not also an incident elsewhere with no figure. A document of no claims keeps its
     * cluster.
     */
    private static List<Cluster> withoutEchoes(List<Cluster> clusters) {
        Set<String> withClaims = new HashSet<>();
        for (Cluster cluster : clusters) {
            for (Item item : cluster.items()) {
                if (!item.isDocument()) {
                    withClaims.add(item.document());
                }
            }
        }
        List<Cluster> kept = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            boolean echo = cluster.items().stream().allMatch(i -> i.isDocument() && withClaims.contains(i.document()));
            if (!echo) {
                kept.add(cluster);
            }
        }
        return kept;
    }

    private Item itemOf(Claim claim, String published, String monthDay) {
        String document = canonical(claim.document());
        String place = places.placeOf(claim.place(), document);
        String key = place != null ? place : NO_PLACE + document;
        int position = claim.evidence().start();
        if (claim.scope() == Scope.EARLIER) {
            // an earlier incident the article recalls: context for the one it reports, noted there, never an event
            // of its own dated by the article (its reports, if any, are other documents of their own days)
            String main = places.mainPlace(document);
            return Item.ofClaim(canonical(main != null ? main : NO_PLACE + document), null, document, claim.id(),
                    position);
        }
        if (claim.scope() == Scope.WIDER) {
            // context for the incident, not an incident: it follows its document rather than opening an event
            return Item.ofClaim(canonical(key), null, document, claim.id(), position);
        }
        LocalDate date = IsoDates.dateOf(claim.asOf());
        if (date == null) {
            date = IsoDates.dateOf(published);
        }
        return Item.ofClaim(canonical(key), canonical(date), document, claim.id(), position,
                canonical(monthDayOf(monthDay)));
    }

    @SuppressWarnings("unchecked")
    private <T> T canonical(T value) {
        return value == null ? null : (T) canonical.computeIfAbsent(value, v -> v);
    }

    /** The place of a cluster's key, or {@code null} when it names none. */
    static String placeOf(String key) {
        return key.startsWith(NO_PLACE) ? null : key;
    }
}
