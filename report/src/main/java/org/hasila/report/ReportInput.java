package org.hasila.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Reconciliation;

/**
 * Everything one report is written from.
 *
 * @param run            what the batch run did; required
 * @param corpus         the documents, claims and mentions, streamed in the order the report publishes them
 * @param entities       the entities the report may name (a gazetteer's); only those mentioned are published
 * @param reconciliation the events, and the event of each claim ({@code eventOfClaim}); {@code null} for none
 * @param changes        what changed since the previous run; {@code null} means {@link Changes#none()}
 */
public record ReportInput(RunSummary run, ReportCorpus corpus, List<Entity> entities, Reconciliation reconciliation,
                          Changes changes) {

    public ReportInput {
        Objects.requireNonNull(run, "run");
        corpus = corpus == null ? ReportCorpus.of(List.of(), List.of(), List.of()) : corpus;
        entities = entities == null ? List.of() : List.copyOf(entities);
        reconciliation = reconciliation == null ? new Reconciliation(List.of(), Map.of()) : reconciliation;
        changes = changes == null ? Changes.none() : changes;
    }

    /** A report input over lists in memory, published in the order given. */
    public static ReportInput of(RunSummary run, List<Document> documents, List<Entity> entities,
                                 List<Mention> mentions, List<Claim> claims, Reconciliation reconciliation,
                                 Changes changes) {
        return new ReportInput(run, ReportCorpus.of(documents, mentions, claims), entities, reconciliation, changes);
    }

    /** The event a claim was reconciled into, or {@code null}. */
    public String eventOf(String claimId) {
        Map<String, String> eventOfClaim = reconciliation.eventOfClaim();
        return eventOfClaim == null || claimId == null ? null : eventOfClaim.get(claimId);
    }
}
