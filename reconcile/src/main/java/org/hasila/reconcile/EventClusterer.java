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
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.IsoDates;
import org.hasila.core.id.HexIdKeys;

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
    /** The claims (as {@link #claimOf}) of a wider count or an earlier incident: context, no incident of their own. */
    private final Set<Object> context = new HashSet<>();

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
        if (claim.scope() == Scope.EARLIER || claim.scope() == Scope.WIDER) {
            context.add(claimOf(item));
        }
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
        new FacilityDays(places, byKey, this::canonical).fold();
        List<Cluster> clusters = new ArrayList<>();
        byKey.forEach((key, items) -> {
            items.sort(Item.ORDER);
            for (List<Item> window : windows.split(items)) {
                window.sort(Item.ORDER);
                clusters.add(new Cluster(key, List.copyOf(window)));
            }
        });
        return withoutContextAlone(withoutEchoes(new UndatedStrays(places::lies).join(regional.join(clusters))));
    }

    /** A claim's identity in {@link #context}: its id as a long where it has that form, else the id. */
    private static Object claimOf(Item item) {
        return item.claimKey() != HexIdKeys.NONE ? (Object) item.claimKey() : item.otherClaim();
    }

    /**
     * Drops a cluster whose claims are all context: a report of a month's arrests or a year's toll ("إيقاف 128 عنصرا
     * تكفيريا خلال شهر جويلية"), or one that only recalls earlier incidents, tells no incident of its own. A cluster of
     * documents with no claim at all keeps its event.
     */
    private List<Cluster> withoutContextAlone(List<Cluster> clusters) {
        if (context.isEmpty()) {
            return clusters;
        }
        List<Cluster> kept = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            boolean anyClaim = false;
            boolean allContext = true;
            for (Item item : cluster.items()) {
                if (!item.isDocument()) {
                    anyClaim = true;
                    allContext &= context.contains(claimOf(item));
                }
            }
            if (!anyClaim || !allContext) {
                kept.add(cluster);
            }
        }
        return kept;
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
