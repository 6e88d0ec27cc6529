package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;

/**
 * Groups claims and documents into incidents by place, then by date window. Items are only ever
 * compared within one place, so the work grows with n log n, and reports that share nothing but a
 * country, an armed group or a word never meet.
 */
final class EventClusterer {

    private static final String NO_PLACE = "doc:";
    /** Key prefix of a document's figures about an earlier incident: an event of their own, never this one's toll. */
    private static final String EARLIER = "earlier:";

    private final PlaceResolver places;
    private final DateWindows windows;

    EventClusterer(PlaceResolver places, int windowDays) {
        this.places = places;
        this.windows = new DateWindows(windowDays);
    }

    List<Cluster> cluster(Map<String, Document> documents, List<Claim> claims) {
        Map<String, List<Item>> byKey = new TreeMap<>();
        for (Claim claim : claims) {
            Item item = itemOf(claim, documents.get(claim.document()));
            byKey.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item);
        }
        for (Document document : documents.values()) {
            String place = places.mainPlace(document.id());
            if (document.status() == DocumentStatus.PROCESSED && place != null) {
                byKey.computeIfAbsent(place, k -> new ArrayList<>())
                        .add(new Item(place, IsoDates.dateOf(document.published()), document.id(), null));
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        byKey.forEach((key, items) -> {
            items.sort(Item.ORDER);
            for (List<Item> window : windows.split(items)) {
                window.sort(Item.ORDER);
                clusters.add(new Cluster(key, List.copyOf(window)));
            }
        });
        return clusters;
    }

    private Item itemOf(Claim claim, Document document) {
        String place = places.placeOf(claim.place(), claim.document());
        String key = place != null ? place : NO_PLACE + claim.document();
        if (claim.scope() == Scope.EARLIER) {
            String earlier = EARLIER + (place != null ? place : "") + "#" + claim.document();
            return new Item(earlier, IsoDates.dateOf(claim.asOf()), claim.document(), claim);
        }
        if (claim.scope() == Scope.WIDER) {
            // context for the incident, not an incident: it follows its document rather than opening an event
            return new Item(key, null, claim.document(), claim);
        }
        LocalDate date = IsoDates.dateOf(claim.asOf());
        if (date == null && document != null) {
            date = IsoDates.dateOf(document.published());
        }
        return new Item(key, date, claim.document(), claim);
    }

    /** The place of a cluster's key, or {@code null} when it names none. */
    static String placeOf(String key) {
        if (key.startsWith(EARLIER)) {
            String place = key.substring(EARLIER.length(), key.indexOf('#'));
            return place.isEmpty() ? null : place;
        }
        return key.startsWith(NO_PLACE) ? null : key;
    }
}
