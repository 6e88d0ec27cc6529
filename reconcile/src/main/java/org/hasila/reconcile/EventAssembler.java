package org.hasila.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
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
        Map<String, String> published = publicationOf(cluster, documentIds, dates, publishedOf);
        List<Claim> ofCluster = cluster.items().stream().map(Item::claim).filter(Objects::nonNull)
                .map(id -> Objects.requireNonNull(claims.get(id), () -> "claim " + id + " was not read"))
                .sorted(Chronology.order(published)).toList();
        // An event at a known place keeps its id when later nights add reports to it (changes stay readable);
        // one without a place is known only by its documents.
        String id = "e-" + hash(place != null && place.equals(cluster.key()) ? place + "|" + start
                : cluster.key() + "|" + start + "|" + String.join(",", documentIds));
        return new Event(id, DEFAULT_TYPE, title(place), place, start, end, documentIds,
                figures.figures(ofCluster, published), TimelineBuilder.timeline(ofCluster));
    }

    /**
     * The publication of each of the cluster's documents: its own, else, for a wire report dated by month and day
     * alone ("DUBAI, Oct 16 (Reuters)"), that day in the year nearest the event's dates, so that its figures are
     * weighed as of that day against the others' (a later report's raised toll is not outcounted by an undated one).
     * Its claims and the event's dates stay as the reports date them.
     */
    private static Map<String, String> publicationOf(Cluster cluster, List<String> documentIds, List<LocalDate> dates,
                                                     Map<String, String> publishedOf) {
        Map<String, String> published = new HashMap<>();
        for (String document : documentIds) {
            String own = publishedOf.get(document);
            if (own != null) {
                published.put(document, own);
            }
        }
        if (!dates.isEmpty()) {
            for (Item item : cluster.items()) {
                if (item.monthDay() != null && !published.containsKey(item.document())) {
                    published.put(item.document(), DateWindows.nearest(item.monthDay(), dates).toString());
                }
            }
        }
        return published;
    }

    /**
     * A digest of everything {@link #assemble} makes the cluster's event from: {@code version} (what extracted the
     * claims, which are named by id, and what assembles them, with the settings), the key and its place's name, every
     * item (claim, document, date, place in the text), and each document's publication and the original it copies.
     * Equal signatures make equal events. It also covers how a report names each document ({@code namesOf}, see
     * {@link #names}), so that equal signatures make equal entries in a report too: report.html copies an unchanged
     * event's entry from the report before by its signature.
     */
    String signature(String version, Cluster cluster, Map<String, String> publishedOf, Map<String, String> namesOf) {
        StringBuilder content = new StringBuilder(version).append('\n').append(cluster.key()).append('\n');
        String place = EventClusterer.placeOf(cluster.key());
        content.append(place == null ? "" : places.nameOf(place)).append('\n');
        for (Item item : cluster.items()) {
            content.append(item.claim()).append('\t').append(item.document()).append('\t').append(item.date())
                    .append('\t').append(item.position()).append('\n');
        }
        cluster.items().stream().map(Item::document).distinct().sorted().forEach(document -> content
                .append(document).append('\t').append(publishedOf.get(document)).append('\t')
                .append(figures.originalOf(document)).append('\t').append(namesOf.get(document)).append('\n'));
        return HexFormat.of().formatHex(sha256(content.toString()));
    }

    /**
     * What a report shows of a document beside its text: its title, file and author (the title may come from the
     * file's metadata, and the file is where it was found, neither of which the document's content-derived id fixes).
     */
    static String names(Document document) {
        return document.title() + "\u0000" + document.file() + "\u0000" + document.author();
    }

    private String title(String place) {
        String type = Character.toUpperCase(DEFAULT_TYPE.charAt(0)) + DEFAULT_TYPE.substring(1);
        return place == null ? type + " (place not stated)" : type + " at " + places.nameOf(place);
    }

    private static String hash(String content) {
        return HexFormat.of().formatHex(sha256(content)).substring(0, 12);
    }

    private static byte[] sha256(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
