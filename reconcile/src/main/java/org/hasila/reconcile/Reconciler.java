package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.concurrent.OrderedWorker;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;

/** Groups a night's claims into incidents and reconciles each incident's figures, deterministically. */
public final class Reconciler {

    /** The order of a reconciliation's events: by start (undated last), then id. */
    public static final Comparator<Event> EVENT_ORDER = Event.ORDER;

    /** About how many claims are read at once when events are assembled. */
    static final int CLAIMS_PER_READ = 500;

    /** Batches of events assembled and not yet handed to the sink, at most. */
    static final int ASSEMBLED_AHEAD = 2;

    private final ReconcileSettings settings;
    private final Map<String, String> placeParents;
    private final Set<String> countries;

    public Reconciler(ReconcileSettings settings) {
        this(settings, Map.of());
    }

    /**
     * @param placeParents each place or facility mapped to the place it lies in (a town to its province, a prison to
     *                     its town), as the gazetteer gives them: a region is folded into the one place inside it
     *                     that the texts name beside it
     */
    public Reconciler(ReconcileSettings settings, Map<String, String> placeParents) {
        this(settings, placeParents, Set.of());
    }

    /**
     * As {@link #Reconciler(ReconcileSettings, Map)}, given countries beyond those of {@code wide-places.txt} (the
     * gazetteer's countries of the world): too wide to place an incident, as those are.
     */
    public Reconciler(ReconcileSettings settings, Map<String, String> placeParents, Set<String> countries) {
        this.settings = settings == null ? ReconcileSettings.defaults() : settings;
        this.placeParents = Map.copyOf(placeParents);
        this.countries = Set.copyOf(countries);
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
        List<Event> events = new ArrayList<>();
        Map<String, String> eventOfClaim = new TreeMap<>();
        reconcile(new ListCorpus(documents, claims, mentions), originalOf, (event, claimIds, signature) -> {
            events.add(event);
            claimIds.forEach(id -> eventOfClaim.put(id, event.id()));
        });
        events.sort(EVENT_ORDER);
        return new Reconciliation(List.copyOf(events), Collections.unmodifiableMap(eventOfClaim));
    }

    /**
     * Reconciles a corpus of any size: what it holds at once is a few ids and a date per claim and document, the
     * places' names, and the claims of about {@value #CLAIMS_PER_READ} claims' events ({@value #ASSEMBLED_AHEAD}
     * more such batches while their events are assembled on a thread of their own). Events reach {@code sink} by
     * place, then date, not in {@link #EVENT_ORDER}, on the calling thread; each is the same as
     * {@link #reconcile(List, List, List, Map)} gives for the same input.
     */
    public void reconcile(ReconcileCorpus corpus, Map<String, String> originalOf, EventSink sink) {
        reconcile(corpus, originalOf, EarlierEvents.none(), sink);
    }

    /**
     * As {@link #reconcile(ReconcileCorpus, Map, EventSink)}, signing every incident and handing its signature to
     * the sink, for a later run to find; an incident whose signature {@code earlier} finds is handed on as found
     * ({@link EventSink#acceptEarlier}), without reading its claims or assembling it: its event is the one stored
     * under that signature, by the signature's construction.
     */
    public void reconcile(ReconcileCorpus corpus, Map<String, String> originalOf, EarlierEvents earlier,
                          EventSink sink) {
        String version = earlier.version() == null ? null
                : earlier.version() + "\n" + settings.policy() + "\n" + settings.windowDays();
        Map<String, String> publishedOf = new HashMap<>();
        Map<String, String> namesOf = new HashMap<>();
        Map<String, String> datelineOf = new HashMap<>();
        Map<String, String> monthDayOf = new HashMap<>();
        List<String> processed = new ArrayList<>();
        corpus.documents(document -> {
            if (!publishedOf.containsKey(document.id())) {
                publishedOf.put(document.id(), document.published());
                if (version != null) {
                    namesOf.put(document.id(), EventAssembler.names(document));
                }
                if (document.dateline() != null) {
                    datelineOf.put(document.id(), document.dateline());
                }
                if (document.monthDay() != null) {
                    monthDayOf.put(document.id(), document.monthDay());
                }
                if (document.status() == DocumentStatus.PROCESSED) {
                    processed.add(document.id());
                }
            }
        });
        PlaceResolver.Builder placesBuilder = PlaceResolver.builder(datelineOf, placeParents, countries);
        corpus.mentions(placesBuilder::add);
        PlaceResolver places = placesBuilder.build();
        EventClusterer clusterer = new EventClusterer(places, settings.windowDays());
        processed.forEach(id -> clusterer.addDocument(id, publishedOf.get(id), monthDayOf.get(id)));
        corpus.claims(claim -> clusterer.addClaim(claim, publishedOf.get(claim.document()),
                monthDayOf.get(claim.document())));
        EventAssembler assembler = new EventAssembler(places,
                new FigureBuilder(FigurePolicy.named(settings.policy()), originalOf));
        try (OrderedWorker<List<Assembled>> assembling = new OrderedWorker<>("hasila-assemble", ASSEMBLED_AHEAD,
                events -> events.forEach(a -> a.hand(sink)))) {
            Batches batches = new Batches(corpus, assembler, publishedOf, namesOf, earlier, version, assembling);
            List<Cluster> batch = new ArrayList<>();
            int batchClaims = 0;
            for (Cluster cluster : clusterer.clusters()) {
                batch.add(cluster);
                batchClaims += (int) claimIds(cluster).count();
                if (batchClaims >= CLAIMS_PER_READ) {
                    batches.assemble(batch);
                    batch = new ArrayList<>();
                    batchClaims = 0;
                }
            }
            batches.assemble(batch);
            assembling.finish();
        }
    }

    /**
     * Hands the worker a batch of incidents at a time: here, the batch's signatures are looked for among the earlier
     * events, and the claims of those not found are read; on the worker's thread, those are assembled while the next
     * batch is read. Every incident reaches the sink in cluster order, on this thread. The assembler is used by the
     * worker alone, but for signing.
     */
    private record Batches(ReconcileCorpus corpus, EventAssembler assembler, Map<String, String> publishedOf,
                           Map<String, String> namesOf, EarlierEvents earlier, String version,
                           OrderedWorker<List<Assembled>> assembling) {

        void assemble(List<Cluster> batch) {
            List<String> signatures = batch.stream()
                    .map(cluster -> version == null ? null
                            : assembler.signature(version, cluster, publishedOf, namesOf))
                    .toList();
            Set<String> found = version == null || batch.isEmpty() ? Set.of() : earlier.find(signatures);
            List<String> toRead = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!isFound(found, signatures.get(i))) {
                    claimIds(batch.get(i)).forEach(toRead::add);
                }
            }
            Map<String, Claim> claims = new HashMap<>();
            if (!toRead.isEmpty()) {
                corpus.claims(toRead).forEach(c -> claims.put(c.id(), c));
            }
            assembling.submit(() -> {
                List<Assembled> events = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    Cluster cluster = batch.get(i);
                    String signature = signatures.get(i);
                    Event event = isFound(found, signature) ? null : assembler.assemble(cluster, claims, publishedOf);
                    events.add(new Assembled(event, claimIds(cluster).toList(), signature));
                }
                return events;
            });
        }
    }

    private static boolean isFound(Set<String> found, String signature) {
        return signature != null && found.contains(signature);
    }

    /** An incident as the sink takes it: its event assembled now, or ({@code null}) the one found by its signature. */
    private record Assembled(Event event, List<String> claimIds, String signature) {

        void hand(EventSink sink) {
            if (event == null) {
                sink.acceptEarlier(signature, claimIds);
            } else {
                sink.accept(event, claimIds, signature);
            }
        }
    }

    private static java.util.stream.Stream<String> claimIds(Cluster cluster) {
        return cluster.items().stream().map(Item::claim).filter(Objects::nonNull);
    }

    /** Lists in memory as a corpus. */
    private static final class ListCorpus implements ReconcileCorpus {

        private final List<Document> documents;
        private final List<Claim> claims;
        private final List<Mention> mentions;
        private final Map<String, Claim> claimsById = new HashMap<>();

        ListCorpus(List<Document> documents, List<Claim> claims, List<Mention> mentions) {
            this.documents = documents;
            this.claims = claims;
            this.mentions = mentions;
            claims.forEach(c -> claimsById.putIfAbsent(c.id(), c));
        }

        @Override
        public void documents(Consumer<Document> each) {
            documents.forEach(each);
        }

        @Override
        public void mentions(Consumer<Mention> each) {
            mentions.stream().sorted(Comparator.comparing(Mention::document)).forEach(each);
        }

        @Override
        public void claims(Consumer<Claim> each) {
            claims.forEach(each);
        }

        @Override
        public List<Claim> claims(List<String> ids) {
            return ids.stream().map(claimsById::get).filter(Objects::nonNull).toList();
        }
    }
}
