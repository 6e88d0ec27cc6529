package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.hasila.core.event.Reconciliation;
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
import tools.jackson.databind.json.JsonMapper;

/** Writes report.json, report.html and the document texts for the run. */
class ReportTasklet implements Tasklet {

    static final String REPORT_JSON = "report.json";
    static final String REPORT_HTML = "report.html";

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final Gazetteer gazetteer;
    private final ReportWriter writer;
    private final Clock clock;
    private final ChangeDetector changeDetector;

    ReportTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                  Gazetteer gazetteer, ReportWriter writer, Clock clock, JsonMapper json) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.gazetteer = gazetteer;
        this.writer = writer;
        this.clock = clock;
        this.changeDetector = new ChangeDetector(json);
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
        int unchanged = documents.countUnchanged(instanceId);
        RunSummary run = new RunSummary(execution.getId(), "COMPLETED", input,
                count(runDocuments, DocumentStatus.PROCESSED) + count(runDocuments, DocumentStatus.SKIPPED) - unchanged,
                count(runDocuments, DocumentStatus.QUARANTINED), unchanged, count(runDocuments, DocumentStatus.SKIPPED));
        Reconciliation reconciliation = reconciliations.load(instanceId);
        Changes changes = changeDetector.since(output.resolve(REPORT_JSON), runClaims, reconciliation);
        writer.write(output, new ReportInput(run, runDocuments, entitiesNamed(mentions, runClaims), mentions,
                runClaims, reconciliation, changes), clock.instant());
        keepInHistory(output, execution.getId());
        contribution.incrementWriteCount(runDocuments.size());
        return RepeatStatus.FINISHED;
    }

    /** out/runs/<executionId>/ keeps each successful run's reports; the texts stay in out/text/. */
    private static void keepInHistory(Path output, long executionId) {
        Path run = output.resolve("runs").resolve(Long.toString(executionId));
        try {
            Files.createDirectories(run);
            for (String name : List.of(REPORT_JSON, REPORT_HTML)) {
                Path temp = run.resolve(name + ".tmp");
                Files.copy(output.resolve(name), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, run.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the run's reports in " + run, e);
        }
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
