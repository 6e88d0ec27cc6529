package org.hasila.app.job;

import java.time.Clock;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.FileStampStore;
import org.hasila.app.store.NearDuplicateStore;
import org.hasila.app.store.ReconciliationStore;
import org.hasila.app.store.RunRows;
import org.hasila.extract.ClaimExtractor;
import org.hasila.reconcile.ReconcileSettings;
import org.hasila.reconcile.Reconciler;
import org.hasila.report.ReportWriter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** The summarising steps that read what ingest and extract stored: reconcile, then report. */
@Configuration(proxyBeanMethods = false)
class SummaryStepsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Reconciles with the policy set and the gazetteer's places: a region folds into the town named in it; a country
     * of the world places no incident.
     */
    @Bean
    Reconciler reconciler(HasilaProperties properties, ClaimExtractor extractor) {
        return new Reconciler(new ReconcileSettings(properties.policy(), ReconcileSettings.DEFAULT_WINDOW_DAYS),
                extractor.gazetteer().placeParents(), extractor.gazetteer().countries());
    }

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                       NearDuplicateStore nearDuplicates, Reconciler reconciler, RunRows runRows,
                       ExtractorVersion version) {
        return new StepBuilder("reconcile", jobRepository)
                .tasklet(new ReconcileTasklet(documents, claims, reconciliations, runRows, nearDuplicates, reconciler,
                        version, transactionManager), transactionManager)
                .listener(new StepLogListener())
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    DocumentStore documents, ClaimStore claims, ReconciliationStore reconciliations,
                    ClaimExtractor extractor, Clock clock, JsonMapper json, HasilaProperties properties,
                    RunRows runRows, FileStampStore fileStamps) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(documents, claims, reconciliations, extractor.gazetteer(),
                        new ReportWriter(), clock, json,
                        new RunRetention(runRows, fileStamps, jobRepository, properties.keepRuns()),
                        BesideTransactions.readOnly(transactionManager)), transactionManager)
                .listener(new StepLogListener())
                .build();
    }
}
