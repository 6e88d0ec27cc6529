package org.hasila.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasila.reconcile.Fixtures.claim;
import static org.hasila.reconcile.Fixtures.doc;
import static org.hasila.reconcile.Fixtures.exact;
import static org.hasila.reconcile.Fixtures.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A night that finds the events of an earlier one by their signatures gives exactly the events it would have
 * assembled anew, and assembles (and reads the claims of) only the incidents that changed.
 */
class EarlierEventsTest {

    private static final SyntheticNight FIRST = SyntheticNight.of(2_000);

    /** The first night's events, signed under "v1", none found: what each later night looks for. */
    private Stored first;

    @BeforeEach
    void firstNight() {
        first = reconcile(FIRST, Map.of(), EarlierEvents.none(), "v1");
    }

    @Test
    void aLaterNightAssemblesOnlyTheIncidentsItsNewDocumentsTouch() {
        SyntheticNight second = withNewDocument(FIRST, "d-new", "loc:p3", "Place 3", 1);

        Stored later = reconcile(second, Map.of(), first.as("v1"), "v1");

        assertSameAsAssembledAnew(later, second, Map.of());
        assertThat(first.taken).as("earlier events taken").isGreaterThan(later.events.size() / 2)
                .isLessThan(later.events.size());
        assertThat(later.claimsRead).as("claims read by id: only those of the incidents touched")
                .isPositive().isLessThan(second.claims().size() / 10);
    }

    @Test
    void aNightWithNothingNewReadsNoClaimById() {
        Stored again = reconcile(FIRST, Map.of(), first.as("v1"), "v1");
        assertSameAsAssembledAnew(again, FIRST, Map.of());
        assertThat(first.taken).isEqualTo(again.events.size());
        assertThat(again.claimsRead).isZero();
    }

    @Test
    void anotherVersionFindsNothing() {
        Stored other = reconcile(FIRST, Map.of(), first.as("v1"), "v2");
        assertSameAsAssembledAnew(other, FIRST, Map.of());
        assertThat(first.taken).isZero();
        assertThat(other.claimsRead).isEqualTo(FIRST.claims().size());
    }

    @Test
    void aPlaceNamedOtherwiseIsRetitledInEveryOneOfItsIncidents() {
        // a late report naming the place far more often than any before: the place's name changes, so every one
        // of its incidents does, the untouched windows too
        SyntheticNight renamed = withNewDocument(FIRST, "d-renamed", "loc:p3", "Rivertown", 40);

        Stored later = reconcile(renamed, Map.of(), first.as("v1"), "v1");

        assertSameAsAssembledAnew(later, renamed, Map.of());
        List<Event> atThePlace = later.events.stream().filter(e -> "loc:p3".equals(e.place())).toList();
        assertThat(atThePlace).hasSizeGreaterThan(1).allSatisfy(e -> assertThat(e.title()).contains("Rivertown"));
        assertThat(first.events.stream().filter(e -> "loc:p3".equals(e.place())))
                .allSatisfy(e -> assertThat(e.title()).doesNotContain("Rivertown"));
    }

    @Test
    void aDocumentFoundToCopyAnotherIsAssembledAgain() {
        Map<String, String> originalOf = Map.of("d-5", "d-105");

        Stored later = reconcile(FIRST, originalOf, first.as("v1"), "v1");

        assertSameAsAssembledAnew(later, FIRST, originalOf);
        long withTheCopy = later.events.stream().filter(e -> e.documents().contains("d-5")).count();
        assertThat(withTheCopy).isPositive();
        assertThat(first.taken).isEqualTo(later.events.size() - withTheCopy);
    }

    @Test
    void aDocumentFoundUnderAnotherFileIsSignedAnew() {
        // the same content moved: the events are the same, but a report names the document by its file, so the
        // signature (by which report.html copies an event's article) must change with it
        List<Document> moved = FIRST.documents().stream()
                .map(d -> d.id().equals("d-7") ? d.withFiles(List.of("moved/d-7.txt")) : d).toList();
        SyntheticNight night = new SyntheticNight(moved, FIRST.claims(), FIRST.mentions());

        Stored later = reconcile(night, Map.of(), first.as("v1"), "v1");

        assertSameAsAssembledAnew(later, night, Map.of());
        long withTheMoved = later.events.stream().filter(e -> e.documents().contains("d-7")).count();
        assertThat(withTheMoved).isPositive();
        assertThat(first.taken).isEqualTo(later.events.size() - withTheMoved);
    }

    private static void assertSameAsAssembledAnew(Stored stored, SyntheticNight night,
                                                  Map<String, String> originalOf) {
        Reconciliation anew = new Reconciler(ReconcileSettings.defaults())
                .reconcile(night.documents(), night.claims(), night.mentions(), originalOf);
        List<Event> events = new ArrayList<>(stored.events);
        events.sort(Reconciler.EVENT_ORDER);
        assertThat(events).isEqualTo(anew.events());
        assertThat(stored.eventOfClaim).isEqualTo(anew.eventOfClaim());
    }

    /** The night with one more document at a place, with ten claims, naming the place {@code times} times. */
    private static SyntheticNight withNewDocument(SyntheticNight night, String id, String place, String name,
                                                  int times) {
        List<Document> documents = new ArrayList<>(night.documents());
        documents.add(doc(id, "2023-07-04"));
        List<Claim> claims = new ArrayList<>(night.claims());
        for (int j = 0; j < 10; j++) {
            claims.add(claim(id + "-c" + j, id).group(Group.values()[j % 5]).value(exact(1_000 + j))
                    .source("org:s" + j, "S").at(j * 80).build());
        }
        List<Mention> all = new ArrayList<>(night.mentions());
        all.addAll(mentions(place, id, 0, times, name));
        return new SyntheticNight(documents, claims, all);
    }

    private static Stored reconcile(SyntheticNight night, Map<String, String> originalOf, EarlierEvents earlier,
                                    String version) {
        Stored stored = new Stored();
        EarlierEvents signed = new EarlierEvents() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public Set<String> find(List<String> signatures) {
                return earlier.find(signatures);
            }
        };
        new Reconciler(ReconcileSettings.defaults()).reconcile(new Corpus(night, stored), originalOf, signed,
                new EventSink() {
                    @Override
                    public void accept(Event event, List<String> claimIds, String signature) {
                        stored.add(event, claimIds, signature);
                    }

                    @Override
                    public void acceptEarlier(String signature, List<String> claimIds) {
                        Stored before = ((Stored.Found) earlier).stored();
                        before.taken++;
                        stored.add(before.bySignature.get(signature), claimIds, signature);
                    }
                });
        return stored;
    }

    /** What a night's sink was given, and how many of its events a later night took as found. */
    private static final class Stored {

        final List<Event> events = new ArrayList<>();
        final Map<String, Event> bySignature = new HashMap<>();
        final Map<String, String> eventOfClaim = new TreeMap<>();
        int claimsRead;
        int taken;

        void add(Event event, List<String> claimIds, String signature) {
            events.add(Objects.requireNonNull(event));
            bySignature.put(Objects.requireNonNull(signature), event);
            claimIds.forEach(c -> eventOfClaim.put(c, event.id()));
        }

        /** These events, found by their signatures, as a later night sees them. */
        EarlierEvents as(String version) {
            return new Found(this, version);
        }

        record Found(Stored stored, String version) implements EarlierEvents {

            @Override
            public Set<String> find(List<String> signatures) {
                Set<String> found = new HashSet<>();
                signatures.stream().filter(stored.bySignature::containsKey).forEach(found::add);
                return found;
            }
        }
    }

    /** The night's lists, counting the claims read by id. */
    private record Corpus(SyntheticNight night, Stored stored) implements ReconcileCorpus {

        @Override
        public void documents(Consumer<Document> each) {
            night.documents().forEach(each);
        }

        @Override
        public void mentions(Consumer<Mention> each) {
            night.mentions().stream().sorted(Comparator.comparing(Mention::document)).forEach(each);
        }

        @Override
        public void claims(Consumer<Claim> each) {
            night.claims().forEach(each);
        }

        @Override
        public List<Claim> claims(List<String> ids) {
            stored.claimsRead += ids.size();
            Map<String, Claim> byId = new HashMap<>();
            night.claims().forEach(c -> byId.put(c.id(), c));
            return ids.stream().map(byId::get).toList();
        }
    }
}
