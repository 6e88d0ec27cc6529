package org.hasila.app.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Entity;
import org.hasila.core.event.Reconciliation;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.report.Changes;
import org.hasila.report.ReportInput;
import org.hasila.report.ReportWriter;
import org.hasila.report.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes report.json, report.html and the document texts for the run. */
class ReportTasklet implements Tasklet {

    static final String REPORT_JSON = "report.json";
    static final String REPORT_HTML = "report.html";
    /** The step's execution-context key for how many events' articles were copied from the previous report.html. */
    static final String EVENTS_COPIED = "report.eventsCopied";

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final ReconciliationStore reconciliations;
    private final Gazetteer gazetteer;
    private final ReportWriter writer;
    private final Clock clock;
    private final ChangeDetector changeDetector;
    private final RunRetention retention;
    private final TransactionTemplate beside;

    /**
     * @param retention keeps the run's reports under out/runs/ once published, and removes the oldest runs' reports
     *                  and stored rows
     * @param beside    a read-only transaction on a connection of its own, for working out the changes beside
     */
    ReportTasklet(DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                  Gazetteer gazetteer, ReportWriter writer, Clock clock, JsonMapper json,
                  RunRetention retention, TransactionTemplate beside) {
        this.documents = documents;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.gazetteer = gazetteer;
        this.writer = writer;
        this.clock = clock;
        this.changeDetector = new ChangeDetector(json);
        this.retention = retention;
        this.beside = beside;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = execution.getJobInstanceId();
        String input = execution.getJobParameters().getString(JobParameterNames.INPUT);
        Path output = Path.of(execution.getJobParameters().getString(JobParameterNames.OUTPUT));

        Map<DocumentStatus, Integer> counts = documents.countByStatus(instanceId);
        int unchanged = documents.countUnchanged(instanceId);
        int processed = counts.getOrDefault(DocumentStatus.PROCESSED, 0);
        int skipped = counts.getOrDefault(DocumentStatus.SKIPPED, 0);
        RunSummary run = new RunSummary(execution.getId(), "COMPLETED", input, processed + skipped - unchanged,
                counts.getOrDefault(DocumentStatus.QUARANTINED, 0), unchanged, skipped);
        Reconciliation reconciliation = reconciliations.load(instanceId);
        StoredCorpus corpus = new StoredCorpus(documents, claims, instanceId,
                counts.values().stream().mapToInt(Integer::intValue).sum());
        Supplier<Changes> changes = changesBeside(output.resolve(REPORT_JSON), corpus, reconciliation);
        ReportWriter.Written written = writer.write(output,
                new ReportInput(run, corpus, entities(), reconciliation, changes), clock.instant());
        contribution.getStepExecution().getExecutionContext().putInt(EVENTS_COPIED, written.eventsCopied());
        log.info("report: {} of {} events copied from the previous report.html (same signature), {} written",
                written.eventsCopied(), written.events(), written.events() - written.eventsCopied());
        retention.published(output, execution, List.of(REPORT_JSON, REPORT_HTML), Path.of(input));
        contribution.incrementWriteCount(corpus.documentCount());
        return RepeatStatus.FINISHED;
    }

    /** The gazetteer's entities and the places the extractor found that it does not know. */
    private List<Entity> entities() {
        List<Entity> entities = new ArrayList<>(gazetteer.entities());
        entities.addAll(claims.unknownPlaces());
        return entities;
    }

    /**
     * Works out what changed since the previous report on a thread of its own while the report is written, and
     * hands it over when the report reaches it (the end of report.json, the run summary after the events in
     * report.html): reading the previous report.json, 131 MB at 20,000 articles, and the run's figures took the
     * step's thread about 3 s before it wrote anything. Its reads are the run's committed rows, on a connection and
     * in a read-only transaction of their own. A failure is thrown where the changes are asked for, failing the
     * report as before.
     */
    private Supplier<Changes> changesBeside(Path previousReport, StoredCorpus corpus, Reconciliation reconciliation) {
        CompletableFuture<Changes> changes = CompletableFuture.supplyAsync(
                () -> beside.execute(status -> changeDetector.since(previousReport, corpus, reconciliation)),
                task -> {
                    Thread thread = new Thread(task, "hasila-changes");
                    thread.setDaemon(true);
                    thread.start();
                });
        return () -> {
            try {
                return changes.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
