package org.hasila.app.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.event.Reconciliation;
import org.hasila.ingest.Fingerprint;
import org.hasila.ingest.NearDuplicateIndex;
import org.hasila.reconcile.Reconciler;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/** Reads every claim of the run, reconciles them into events, and stores the result for the report step. */
class ReconcileTasklet implements Tasklet {

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final Reconciler reconciler;

    ReconcileTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                     Reconciler reconciler) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.reconciler = reconciler;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        List<Document> runDocuments = new ArrayList<>();
        documents.forEachOfRun(instanceId, false, d -> {
            if (d.status() == DocumentStatus.PROCESSED) {
                runDocuments.add(d);
            }
        });
        List<Claim> runClaims = new ArrayList<>();
        claims.forEachClaimOfRun(instanceId, claim -> {
            runClaims.add(claim);
            contribution.incrementReadCount();
        });
        List<Mention> mentions = new ArrayList<>();
        claims.forEachMentionOfRun(instanceId, mentions::add);
        Reconciliation result = reconciler.reconcile(runDocuments, runClaims, mentions,
                republished(documents.fingerprintsOfRun(instanceId)));
        reconciliations.save(instanceId, result);
        contribution.incrementWriteCount(result.events().size());
        return RepeatStatus.FINISHED;
    }

    /** Each document that nearly repeats an earlier one (in id order) mapped to that one. */
    private static Map<String, String> republished(Map<String, String> fingerprints) {
        NearDuplicateIndex index = new NearDuplicateIndex();
        fingerprints.forEach((id, fingerprint) -> index.add(id, Fingerprint.decode(fingerprint)));
        Map<String, String> originalOf = new TreeMap<>();
        index.canonicalOf().forEach((id, original) -> {
            if (!id.equals(original)) {
                originalOf.put(id, original);
            }
        });
        return originalOf;
    }
}
