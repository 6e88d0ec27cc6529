package org.hasila.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Claim;
import org.hasila.core.event.Event;

/** Turns a cluster into an event: a content-derived id, its place, dates, title, figures and timeline. */
final class EventAssembler {

    static final String DEFAULT_TYPE = "attack";

    private final PlaceResolver places;
    private final FigureBuilder figures;

    EventAssembler(PlaceResolver places, FigureBuilder figures) {
        this.places = places;
        this.figures = figures;
    }

    /**
     * @param claims      the cluster's claims by id (others may be there too)
     * @param publishedOf each document's publication date, where known
     */
    Event assemble(Cluster cluster, Map<String, Claim> claims, Map<String, String> publishedOf) {
        List<String> documentIds = cluster.items().stream().map(Item::document).distinct().sorted().toList();
        List<LocalDate> dates = cluster.items().stream().map(Item::date).filter(Objects::nonNull).sorted().toList();
        String start = dates.isEmpty() ? null : dates.get(0).toString();
        String end = dates.isEmpty() ? null : dates.get(dates.size() - 1).toString();
        String place = EventClusterer.placeOf(cluster.key());
        List<Claim> ofCluster = cluster.items().stream().map(Item::claim).filter(Objects::nonNull)
                .map(id -> Objects.requireNonNull(claims.get(id), () -> "claim " + id + " was not read"))
                .sorted(Chronology.order(publishedOf)).toList();
        // An event at a known place keeps its id when later nights add reports to it (changes stay readable);
        // one without a place is known only by its documents.
        String id = "e-" + hash(place != null && place.equals(cluster.key()) ? place + "|" + start
                : cluster.key() + "|" + start + "|" + String.join(",", documentIds));
        return new Event(id, DEFAULT_TYPE, title(place), place, start, end, documentIds,
                figures.figures(ofCluster), TimelineBuilder.timeline(ofCluster));
    }

    private String title(String place) {
        String type = Character.toUpperCase(DEFAULT_TYPE.charAt(0)) + DEFAULT_TYPE.substring(1);
        return place == null ? type + " (place not stated)" : type + " at " + places.nameOf(place);
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
