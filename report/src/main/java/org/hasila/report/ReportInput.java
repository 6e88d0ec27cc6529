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
 * Everything one report is written from; lists are written in the order given (callers sort).
 *
 * @param run            what the batch run did; required
 * @param reconciliation the events, and the event of each claim ({@code eventOfClaim}); {@code null} for none
 * @param changes        what changed since the previous run; {@code null} means {@link Changes#none()}
 */
public record ReportInput(RunSummary run, List<Document> documents, List<Entity> entities, List<Mention> mentions,
                          List<Claim> claims, Reconciliation reconciliation, Changes changes) {

    public ReportInput {
        Objects.requireNonNull(run, "run");
        documents = documents == null ? List.of() : List.copyOf(documents);
        entities = entities == null ? List.of() : List.copyOf(entities);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        claims = claims == null ? List.of() : List.copyOf(claims);
        reconciliation = reconciliation == null ? new Reconciliation(List.of(), Map.of()) : reconciliation;
        changes = changes == null ? Changes.none() : changes;
    }

    /** The event a claim was reconciled into, or {@code null}. */
    public String eventOf(String claimId) {
        Map<String, String> eventOfClaim = reconciliation.eventOfClaim();
        return eventOfClaim == null || claimId == null ? null : eventOfClaim.get(claimId);
    }
}
