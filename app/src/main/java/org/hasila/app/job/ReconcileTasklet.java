package org.hasila.app.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentIds;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.EarlierRunEvents;
import org.hasila.app.store.NearDuplicateStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.app.store.ReconciliationStore.StoredEvent;
import org.hasila.app.store.RunRows;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.reconcile.EventSink;
import org.hasila.reconcile.ReconcileCorpus;
import org.hasila.reconcile.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reconciles the run's claims into events and stores them for the report step. The reconciler reads the store a
 * stream at a time (mentions, documents, claims, then a few events' claims by id) and the events are stored as they
 * come, so the step holds ids and dates, not the corpus. An incident made of exactly what an event of the latest
 * earlier run was made of (same signature, same build) is that event again: its row is copied in the database, and
 * the event is neither assembled nor read, nor are its claims.
 */
class ReconcileTasklet implements Tasklet {

    private static final int EVENTS_PER_WRITE = 100;
    /** The step context's count of events taken from the run before instead of assembled again. */
    static final String EVENTS_FOUND = "reconcile.eventsFound";
    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final RunRows runRows;
    private final Reconciler reconciler;
    private final ExtractorVersion version;
    private final RepublishedCopies copies;

    ReconcileTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations, RunRows runRows,
                     NearDuplicateStore nearDuplicates, Reconciler reconciler, ExtractorVersion version,
                     PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.runRows = runRows;
        this.reconciler = reconciler;
        this.version = version;
        this.copies = new RepublishedCopies(documents, nearDuplicates,
                BesideTransactions.readOnly(transactionManager));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        reconciliations.clear(instanceId);
        EarlierRunEvents earlier = reconciliations.earlier(latestBefore(instanceId), version.value());
        EventRows rows = new EventRows(instanceId, earlier);
        reconciler.reconcile(new RunCorpus(instanceId, contribution), copies.originalOf(instanceId), earlier, rows);
        rows.flush();
        contribution.incrementWriteCount(rows.seq);
        contribution.getStepExecution().getExecutionContext().putInt(EVENTS_FOUND, earlier.found());
        log.info("reconcile: {} of {} events found as run {} stored them (same signature), {} assembled",
                earlier.found(), rows.seq, earlier.run() == null ? "-" : earlier.run(), rows.seq - earlier.found());
        return RepeatStatus.FINISHED;
    }

    /** Stores the events as they come, a batch at a time: those assembled now, and those found copied row for row. */
    private final class EventRows implements EventSink {

        private final long instanceId;
        private final EarlierRunEvents earlier;
        private final List<StoredEvent> assembled = new ArrayList<>();
        private final Map<Integer, String> found = new HashMap<>();
        private int seq;

        EventRows(long instanceId, EarlierRunEvents earlier) {
            this.instanceId = instanceId;
            this.earlier = earlier;
        }

        @Override
        public void accept(Event event, List<String> claimIds, String signature) {
            assembled.add(new StoredEvent(seq++, event, claimIds, signature));
            if (assembled.size() == EVENTS_PER_WRITE) {
                reconciliations.add(instanceId, assembled);
                assembled.clear();
            }
        }

        @Override
        public void acceptEarlier(String signature, List<String> claimIds) {
            found.put(seq++, signature);
            if (found.size() == EVENTS_PER_WRITE) {
                reconciliations.copy(instanceId, earlier, found);
                found.clear();
            }
        }

        void flush() {
            reconciliations.add(instanceId, assembled);
            reconciliations.copy(instanceId, earlier, found);
        }
    }

    /** The latest other run whose events the store holds, or {@code null}. */
    private Long latestBefore(long instanceId) {
        SortedSet<Long> before = runRows.instancesWithEvents().headSet(instanceId);
        return before.isEmpty() ? null : before.last();
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
