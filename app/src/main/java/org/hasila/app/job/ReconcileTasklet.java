package org.hasila.app.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentIds;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.NearDuplicateStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.app.store.ReconciliationStore.StoredEvent;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;
import org.hasila.reconcile.ReconcileCorpus;
import org.hasila.reconcile.Reconciler;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reconciles the run's claims into events and stores them for the report step. The reconciler reads the store a
 * stream at a time (mentions, documents, claims, then a few events' claims by id) and the events are stored as they
 * come, so the step holds ids and dates, not the corpus.
 */
class ReconcileTasklet implements Tasklet {

    private static final int EVENTS_PER_WRITE = 100;

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final Reconciler reconciler;
    private final RepublishedCopies copies;

    ReconcileTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                     NearDuplicateStore nearDuplicates, Reconciler reconciler,
                     PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.reconciler = reconciler;
        this.copies = new RepublishedCopies(documents, nearDuplicates,
                BesideTransactions.readOnly(transactionManager));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        reconciliations.clear(instanceId);
        List<StoredEvent> batch = new ArrayList<>();
        int[] events = {0};
        reconciler.reconcile(new RunCorpus(instanceId, contribution), copies.originalOf(instanceId), (event, claimIds) -> {
            batch.add(new StoredEvent(events[0]++, event, claimIds));
            if (batch.size() == EVENTS_PER_WRITE) {
                reconciliations.add(instanceId, batch);
                batch.clear();
            }
        });
        reconciliations.add(instanceId, batch);
        contribution.incrementWriteCount(events[0]);
        return RepeatStatus.FINISHED;
    }

    /** The run's processed documents, their mentions and claims, read from the store as the reconciler asks. */
    private final class RunCorpus implements ReconcileCorpus {

        private final long instanceId;
        private final DocumentIds processed;
        private final StepContribution contribution;

        RunCorpus(long instanceId, StepContribution contribution) {
            this.instanceId = instanceId;
            this.processed = documents.processedOfRun(instanceId);
            this.contribution = contribution;
        }

        @Override
        public void documents(Consumer<Document> each) {
            documents.forEachOfRun(instanceId, false, d -> {
                if (d.status() == DocumentStatus.PROCESSED) {
                    each.accept(d);
                }
            });
        }

        @Override
        public void mentions(Consumer<Mention> each) {
            claims.forEachMentionOfRun(processed, each);
        }

        @Override
        public void claims(Consumer<Claim> each) {
            claims.forEachClaimOfRun(processed, claim -> {
                each.accept(claim);
                contribution.incrementReadCount();
            });
        }

        @Override
        public List<Claim> claims(List<String> ids) {
            return claims.claimsById(ids);
        }
    }
}
