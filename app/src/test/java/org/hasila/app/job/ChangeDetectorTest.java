package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.StoreDatabase;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Reconciliation;
import org.hasila.report.Changes;
import org.hasila.report.FigureChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What the report's {@code changes} says of the run's claims against the previous report's. */
class ChangeDetectorTest {

    static final long RUN = 1;
    static final String TEXT = "قال المرصد إن 12 شخصاً قتلوا.";

    JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void claimsAddedAndRemovedAreTheIdsOnOneSideOnlySortedOnce() throws IOException {
        StoredCorpus corpus = corpusWithClaims("c-b", "c-kept", "c-a");
        Path previous = previousReport(7, "c-gone-2", "c-kept", "c-gone-1", "c-gone-1");

        Changes changes = new ChangeDetector(json).since(previous, corpus, new Reconciliation(List.of(), Map.of()));

        assertThat(changes.since()).isEqualTo(7L);
        assertThat(changes.claimsAdded()).containsExactly("c-a", "c-b");
        assertThat(changes.claimsRemoved()).containsExactly("c-gone-1", "c-gone-2");
    }

    @Test
    void theExtractorsOwnIdsAreComparedExactly() throws IOException {
        StoredCorpus corpus = corpusWithClaims("c-00000000000a", "c-00000000000b");
        Path previous = previousReport(8, "c-00000000000b", "c-00000000000c", "c-legacy");

        Changes changes = new ChangeDetector(json).since(previous, corpus, new Reconciliation(List.of(), Map.of()));

        assertThat(changes.claimsAdded()).containsExactly("c-00000000000a");
        assertThat(changes.claimsRemoved()).containsExactly("c-00000000000c", "c-legacy");
    }

    @Test
    void theSameClaimsChangeNothingAndNoPreviousReportMeansNoComparison() throws IOException {
        StoredCorpus corpus = corpusWithClaims("c-1", "c-2");

        Changes same = new ChangeDetector(json).since(previousReport(3, "c-2", "c-1"), corpus,
                new Reconciliation(List.of(), Map.of()));
        Changes none = new ChangeDetector(json).since(out.resolve("missing.json"), corpus,
                new Reconciliation(List.of(), Map.of()));

        assertThat(same.since()).isEqualTo(3L);
        assertThat(same.claimsAdded()).isEmpty();
        assertThat(same.claimsRemoved()).isEmpty();
        assertThat(none).isEqualTo(Changes.none());
    }

    @Test
    void digestsTellIdsApartAndFindThoseOnOneSide() {
        ClaimDigests left = new ClaimDigests();
        ClaimDigests right = new ClaimDigests();
        for (int i = 0; i < 10_000; i++) {
            left.add("c-" + i);
            right.add("c-" + (i + 5));
        }
        long[] onlyLeft = left.notIn(right);
        java.util.List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < 10_005; i++) {
            ClaimDigests.among(onlyLeft, found::add).accept("c-" + i);
        }

        assertThat(found).containsExactly("c-0", "c-1", "c-2", "c-3", "c-4");
        assertThat(ClaimDigests.digest("c-1")).isNotEqualTo(ClaimDigests.digest("c-2"));
        assertThat(ClaimDigests.digest("c-00000000002a")).as("the extractor's ids, exactly").isEqualTo(42);
        assertThat(ClaimDigests.digest("c-1")).as("others, never equal to one of those").isNegative();
    }

    @Test
    void figuresThatMovedAppearedOrWentAwayAreReadFromTheEventsWhereverTheirFieldsStand() throws IOException {
        StoredCorpus corpus = corpusWithClaims("c-1");
        Path previous = out.resolve("report-events.json");
        // the id after the figures, and a timeline of nested objects before them, which the reading skips
        Files.writeString(previous, "{\"run\": {\"jobExecutionId\": 5}, \"claims\": [], \"events\": ["
                + "{\"timeline\": [{\"date\": \"2026-01-01\", \"figures\": [{\"kind\": \"killed\"}]}],"
                + " \"figures\": [{\"kind\": \"killed\", \"group\": \"all\", \"low\": 10, \"best\": 12,"
                + " \"high\": 15}, {\"kind\": \"injured\", \"group\": \"all\", \"low\": 3, \"best\": 3,"
                + " \"high\": null}], \"id\": \"e-1\"},"
                + "{\"id\": \"e-gone\", \"figures\": [{\"kind\": \"killed\", \"group\": \"civilians\","
                + " \"low\": 2, \"best\": 2, \"high\": 2}]}]}");
        Event now = new Event("e-1", "attack", "t", null, null, null, List.of(), List.of(
                new Figure(Kind.KILLED, Group.ALL, 10L, 14L, 15L, "conservative", List.of(), List.of(), false,
                        List.of()),
                new Figure(Kind.INJURED, Group.ALL, 3L, 3L, null, "conservative", List.of(), List.of(), false,
                        List.of())), List.of());

        Changes changes = new ChangeDetector(json).since(previous, corpus,
                new Reconciliation(List.of(now), Map.of()));

        assertThat(changes.since()).isEqualTo(5L);
        assertThat(changes.figuresChanged()).containsExactly(
                new FigureChange("e-1", "killed", "all", 10L, 12L, 15L, 10L, 14L, 15L),
                new FigureChange("e-gone", "killed", "civilians", 2L, 2L, 2L, null, null, null));
    }

    private StoredCorpus corpusWithClaims(String... ids) {
        JdbcTemplate jdbc = StoreDatabase.fresh();
        DocumentStore documents = new DocumentStore(jdbc, json);
        ClaimStore claims = new ClaimStore(jdbc, json);
        documents.save(RUN, new Document("d-1", "a.txt", List.of("a.txt"), "0".repeat(64), "text/plain", "ar", null,
                null, null, null, DocumentStatus.PROCESSED, null, TEXT), null);
        int start = TEXT.indexOf("12");
        claims.replace("d-1", java.util.Arrays.stream(ids).map(id -> new Claim(id, "d-1", Kind.KILLED, Group.ALL,
                new Quantity(12, 12L, Qualifier.EXACT, "12"), null, null, Evidence.of(TEXT, start, start + 2),
                Scope.INCIDENT, null, null)).toList(), List.of());
        return new StoredCorpus(documents, claims, RUN, 1);
    }

    private Path previousReport(long jobExecutionId, String... claimIds) throws IOException {
        StringBuilder claims = new StringBuilder();
        for (String id : claimIds) {
            claims.append(claims.isEmpty() ? "" : ", ").append("{\"id\": \"").append(id)
                    .append("\", \"value\": {\"low\": 1}, \"evidence\": {\"start\": 0}}");
        }
        Path report = out.resolve("report-" + jobExecutionId + ".json");
        Files.writeString(report, "{\"schemaVersion\": \"1.4\", \"run\": {\"jobExecutionId\": " + jobExecutionId
                + "}, \"documents\": [], \"claims\": [" + claims + "], \"events\": [], \"changes\": {}}");
        return report;
    }
}
