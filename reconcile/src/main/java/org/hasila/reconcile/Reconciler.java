package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;

/** Groups a night's claims into incidents and reconciles each incident's figures, deterministically. */
public final class Reconciler {

    private static final Comparator<Event> EVENT_ORDER = Comparator
            .comparing(Event::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::id);

    private final ReconcileSettings settings;

    public Reconciler(ReconcileSettings settings) {
        this.settings = settings == null ? ReconcileSettings.defaults() : settings;
    }

    /** The events, ordered by start then id, and the event of every claim; the same input gives the same output. */
    public Reconciliation reconcile(List<Document> documents, List<Claim> claims, List<Mention> mentions) {
        return reconcile(documents, claims, mentions, Map.of());
    }

    /**
     * As {@link #reconcile(List, List, List)}, knowing which documents republish others: {@code originalOf} maps
     * each near-duplicate document to the document it copies, whose voice it then speaks with.
     */
    public Reconciliation reconcile(List<Document> documents, List<Claim> claims, List<Mention> mentions,
                                    Map<String, String> originalOf) {
        Map<String, Document> byId = new TreeMap<>();
        documents.forEach(d -> byId.putIfAbsent(d.id(), d));
        List<Claim> sortedClaims = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
        List<Mention> sortedMentions = mentions.stream()
                .sorted(Comparator.comparing(Mention::document).thenComparingInt(Mention::start)
                        .thenComparingInt(Mention::end).thenComparing(Mention::entity))
                .toList();
        PlaceResolver places = new PlaceResolver(sortedMentions);
        EventClusterer clusterer = new EventClusterer(places, settings.windowDays());
        EventAssembler assembler = new EventAssembler(places, new FigureBuilder(FigurePolicy.named(settings.policy()), originalOf));
        List<Event> events = new ArrayList<>();
        Map<String, String> eventOfClaim = new TreeMap<>();
        for (Cluster cluster : clusterer.cluster(byId, sortedClaims)) {
            Event event = assembler.assemble(cluster, byId);
            events.add(event);
            cluster.items().stream().filter(i -> i.claim() != null)
                    .forEach(i -> eventOfClaim.put(i.claim().id(), event.id()));
        }
        events.sort(EVENT_ORDER);
        return new Reconciliation(List.copyOf(events), java.util.Collections.unmodifiableMap(eventOfClaim));
    }
}
