package org.hasila.app.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.report.Changes;
import org.hasila.report.ReportInput;
import org.hasila.report.ReportWriter;
import org.hasila.report.RunSummary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes report.json, report.html and the document texts for the run. */
class ReportTasklet implements Tasklet {

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final Gazetteer gazetteer;
    private final ReportWriter writer;
    private final Clock clock;

    ReportTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                  Gazetteer gazetteer, ReportWriter writer, Clock clock) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.gazetteer = gazetteer;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = execution.getJobInstanceId();
        String input = execution.getJobParameters().getString(JobParameterNames.INPUT);
        Path output = Path.of(execution.getJobParameters().getString(JobParameterNames.OUTPUT));

        List<Document> runDocuments = documents.findByRun(instanceId);
        List<String> processed = runDocuments.stream()
                .filter(d -> d.status() == DocumentStatus.PROCESSED).map(Document::id).toList();
        List<Claim> runClaims = claims.claimsOf(processed);
        List<Mention> mentions = claims.mentionsOf(processed);
        RunSummary run = new RunSummary(execution.getId(), "COMPLETED", input,
                count(runDocuments, DocumentStatus.PROCESSED) + count(runDocuments, DocumentStatus.SKIPPED),
                count(runDocuments, DocumentStatus.QUARANTINED), 0, count(runDocuments, DocumentStatus.SKIPPED));
        writer.write(output, new ReportInput(run, runDocuments, entitiesNamed(mentions, runClaims), mentions,
                runClaims, reconciliations.load(instanceId), Changes.none()), clock.instant());
        contribution.incrementWriteCount(runDocuments.size());
        return RepeatStatus.FINISHED;
    }

    private static int count(Collection<Document> documents, DocumentStatus status) {
        return (int) documents.stream().filter(d -> d.status() == status).count();
    }

    /** The gazetteer entries that the run's mentions and sources name, in id order. */
    private List<Entity> entitiesNamed(List<Mention> mentions, List<Claim> runClaims) {
        Set<String> ids = new LinkedHashSet<>();
        mentions.forEach(m -> ids.add(m.entity()));
        runClaims.stream().filter(c -> c.source() != null && c.source().entity() != null)
                .forEach(c -> ids.add(c.source().entity()));
        return ids.stream().sorted().map(gazetteer::byId).flatMap(java.util.Optional::stream).toList();
    }
}
