package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hasila.app.store.ReconciliationStore.StoredEvent;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.hasila.core.event.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A run's events stored a row each, given their order afterwards, and read back a page at a time in that order. */
class ReconciliationStoreTest {

    static final long RUN = 7;
    static final long OTHER_RUN = 8;

    JdbcTemplate jdbc;
    JsonMapper json = JsonMapper.builder().build();
    ReconciliationStore store;

    @BeforeEach
    void database() {
        jdbc = StoreDatabase.fresh();
        store = new ReconciliationStore(jdbc, json);
    }

    static Event event(int n) {
        return new Event(String.format("e-%06d", n), "attack", "Attack at place " + n, "loc:p" + n, null, null,
                List.of("d-" + n), List.of(), List.of(new TimelineEntry("2026-01-01", "مقتل " + n, "d-" + n, 0, 4)));
    }

    /** Stores {@code count} events in batches as reconcile does, in the reverse of report order. */
    void storeReversed(long run, int count) {
        List<StoredEvent> batch = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            batch.add(new StoredEvent(seq, event(count - 1 - seq), List.of("c-" + seq + "-a", "c-" + seq + "-b")));
            if (batch.size() == 100) {
                store.add(run, batch);
                batch.clear();
            }
        }
        store.add(run, batch);
    }

    @Test
    void aLaterRunFindsTheEventsOfARunByTheirSignaturesAndCopiesThemRowForRow() {
        List<StoredEvent> signed = new ArrayList<>();
        for (int seq = 0; seq < 250; seq++) {
            signed.add(new StoredEvent(seq, event(seq), List.of("c-" + seq), "sig-" + seq));
        }
        signed.add(new StoredEvent(250, event(250), List.of("c-250")));
        store.add(RUN, signed);
        store.add(OTHER_RUN, List.of(new StoredEvent(0, event(999), List.of("c-999"), "sig-999")));

        EarlierRunEvents earlier = store.earlier(RUN, "v1");
        List<String> asked = new ArrayList<>(List.of("sig-999", "unknown"));
        for (int n = 0; n < 250; n += 2) {
            asked.add("sig-" + n);
        }
        asked.add(null);

        assertThat(earlier.version()).isEqualTo("v1");
        assertThat(earlier.run()).isEqualTo(RUN);
        assertThat(earlier.find(asked)).as("another run's events and events without a signature are not found")
                .hasSize(125).contains("sig-0", "sig-248").doesNotContain("sig-999", "unknown");
        assertThat(earlier.found()).isEqualTo(125);
        assertThat(store.earlier(null, "v1").find(List.of("sig-1"))).isEmpty();

        long later = 9;
        store.add(later, List.of(new StoredEvent(0, event(500), List.of("c-500"), "sig-500")));
        store.copy(later, earlier, java.util.Map.of(1, "sig-200", 2, "sig-7"));
        Reconciliation copied = store.load(later);
        assertThat(copied.events()).containsExactly(event(7), event(200), event(500));
        assertThat(copied.signatures()).as("each event's signature, in the events' order")
                .containsExactly("sig-7", "sig-200", "sig-500");
        assertThat(copied.eventOfClaim()).containsEntry("c-200", event(200).id()).containsEntry("c-7", event(7).id());
        assertThat(store.earlier(later, "v1").find(List.of("sig-200", "sig-7", "sig-500"))).as("signed again")
                .hasSize(3);
    }

    @Test
    void eventsComeBackInTheirReportOrderAcrossPagesWithTheEventOfEachClaim() {
        int count = 2 * StoredEvents.PAGE + 50;
        storeReversed(RUN, count);
        storeReversed(OTHER_RUN, 3);

        Reconciliation loaded = store.load(RUN);

        List<Event> expected = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            expected.add(event(n));
        }
        assertThat(loaded.events()).hasSize(count).containsExactlyElementsOf(expected);
        assertThat(loaded.events().get(StoredEvents.PAGE + 1)).isEqualTo(event(StoredEvents.PAGE + 1));
        assertThat(loaded.eventOfClaim()).hasSize(2 * count)
                .containsEntry("c-0-a", event(count - 1).id()).containsEntry("c-0-b", event(count - 1).id())
                .containsEntry("c-" + (count - 1) + "-a", event(0).id());
        assertThat(loaded.events().subList(StoredEvents.PAGE - 2, StoredEvents.PAGE + 3))
                .as("a sublist across a page's end").containsExactlyElementsOf(
                        expected.subList(StoredEvents.PAGE - 2, StoredEvents.PAGE + 3));
        assertThat(loaded.events().subList(count, count)).isEmpty();
        assertThat(loaded.signatures()).as("unsigned events").hasSize(count).containsOnlyNulls();
        Iterator<Event> first = loaded.events().iterator();
        Iterator<Event> second = loaded.events().iterator();
        first.next();
        assertThat(second.next()).as("iterations independent of each other").isEqualTo(event(0));
        assertThat(first.next()).isEqualTo(event(1));
    }

    @Test
    void aRestartedReconcileStepReplacesWhatTheFailedOneStored() {
        storeReversed(RUN, 5);
        store.clear(RUN);
        storeReversed(RUN, 2);

        assertThat(store.load(RUN).events()).containsExactly(event(0), event(1));
        assertThat(store.load(RUN).eventOfClaim()).hasSize(4);
    }

    @Test
    void aRunReconciledByAnEarlierVersionIsReadFromItsOneBody() {
        Reconciliation old = new Reconciliation(List.of(event(1), event(2)), Map.of("c-1", event(1).id()));
        jdbc.update("INSERT INTO HASILA_RECONCILIATION (JOB_INSTANCE_ID, BODY) VALUES (?, ?)", RUN,
                json.writeValueAsString(old));

        assertThat(store.load(RUN)).isEqualTo(old);
        assertThat(store.load(OTHER_RUN).events()).isEmpty();
    }

    @Test
    void eventsDatedComeByStartUndatedLastThenById() {
        Event undated = event(1);
        Event late = new Event("e-000000", "attack", "t", null, "2026-02-01", null, List.of(), List.of(), List.of());
        Event early = new Event("e-999999", "attack", "t", null, "2026-01-31", null, List.of(), List.of(), List.of());
        store.add(RUN, List.of(new StoredEvent(0, undated, List.of()), new StoredEvent(1, late, List.of("c-1")),
                new StoredEvent(2, early, List.of())));

        assertThat(store.load(RUN).events()).containsExactly(early, late, undated);
    }

    @Test
    void anEventGoneWhileTheReportReadsIsAnErrorNotAShorterReport() {
        storeReversed(RUN, 3);
        List<Event> events = store.load(RUN).events();
        store.clear(RUN);

        assertThatThrownBy(() -> events.iterator().next())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer stored");
    }
}
