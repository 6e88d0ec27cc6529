package org.hasila.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
 * @param laterChanges   what changed since the previous run, asked for only once the report reaches it (the run
 *                       summary of report.html, the end of report.json), so that it can be worked out while the
 *                       rest is written; {@code null}, or a supplier of {@code null}, means {@link Changes#none()}
 */
public record ReportInput(RunSummary run, ReportCorpus corpus, List<Entity> entities, Reconciliation reconciliation,
                          Supplier<Changes> laterChanges) {

    public ReportInput {
        Objects.requireNonNull(run, "run");
        corpus = corpus == null ? ReportCorpus.of(List.of(), List.of(), List.of()) : corpus;
        entities = entities == null ? List.of() : List.copyOf(entities);
        reconciliation = reconciliation == null ? new Reconciliation(List.of(), Map.of()) : reconciliation;
        laterChanges = laterChanges == null ? Changes::none : laterChanges;
    }

    /** A report input whose changes are known already; {@code null} means {@link Changes#none()}. */
    public ReportInput(RunSummary run, ReportCorpus corpus, List<Entity> entities, Reconciliation reconciliation,
                       Changes changes) {
        this(run, corpus, entities, reconciliation, () -> changes);
    }

    /** What changed since the previous run; waits for {@link #laterChanges} if it is still being worked out. */
    public Changes changes() {
        Changes changes = laterChanges.get();
        return changes == null ? Changes.none() : changes;
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
