package org.hasila.app.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.FileStamp;
import org.hasila.app.store.FileStampStore;
import org.hasila.extract.ClaimExtractor;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.ingest.DocumentReader;
import org.hasila.ingest.IngestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The hasila job: ingest the input folder, extract claims from each document, reconcile them into
 * events, write the report. Ingest and extract are chunk-oriented and restart from their last commit; in a run
 * started by a manager, workers run them, a partition at a time (org.hasila.app.remote).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HasilaProperties.class)
class HasilaJobConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(HasilaJobConfiguration.class);

    static final String JOB_NAME = "hasila";
    static final String EXTRACT_READER = "extractDocuments";

    @Bean
    Job hasilaJob(JobRepository jobRepository, Step ingestStep, Step extractStep, Step reconcileStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(extractStep)
                .next(reconcileStep)
                .next(reportStep)
                .listener(new RunMetricsListener())
                .build();
    }

    /** Ingest, here or by workers: see {@link DistributableStep}. */
    @Bean
    Step ingestStep(JobRepository jobRepository, DocumentSteps documentSteps, Step ingestManagerStep) {
        return new DistributableStep(documentSteps.ingestHere(jobRepository), ingestManagerStep);
    }

    /** Extract, here or by workers: see {@link DistributableStep}. */
    @Bean
    Step extractStep(JobRepository jobRepository, DocumentSteps documentSteps, Step extractManagerStep) {
        return new DistributableStep(documentSteps.extractHere(jobRepository), extractManagerStep);
    }

    @Bean
    DocumentSteps documentSteps(HasilaProperties properties, PlatformTransactionManager transactionManager,
                                ThreadPoolTaskExecutor documentThreads, FileListReader ingestReader,
                                ItemProcessor<Path, IngestedFile> ingestProcessor, ItemWriter<IngestedFile> ingestWriter,
                                JdbcPagingItemReader<String> extractReader,
                                ItemProcessor<String, DocumentExtraction> extractProcessor,
                                ItemWriter<DocumentExtraction> extractWriter, ExtractSelection extractSelection,
                                NamedParameterJdbcTemplate jdbc) {
        // both called on the step's thread while it runs, so the step-scoped reader and selection are the step's own
        ProgressListener.StepTotal ingestTotal = (done, committedBefore) -> ingestReader.size() - committedBefore;
        ProgressListener.StepTotal extractTotal = (done, committedBefore) -> done + extractSelection.count(jdbc);
        return new DocumentSteps(properties, transactionManager, documentThreads, ingestReader, ingestProcessor,
                ingestWriter, extractReader, extractProcessor, extractWriter, ingestTotal, extractTotal);
    }

    @Bean
    @StepScope
    FileListReader ingestReader(@Value("#{jobParameters['input']}") String input,
                                @Value("#{stepExecutionContext['partition']}") Integer partition,
                                @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return new FileListReader(Path.of(input), PartitionShare.of(partition, partitions));
    }

    @Bean
    DocumentReader documentReader(HasilaProperties properties) {
        return new DocumentReader(new IngestSettings(properties.maxFileBytes(),
                IngestSettings.defaults().writeLimit(), properties.parseTimeout()));
    }

    @Bean
    ExtractorVersion extractorVersion(ObjectProvider<BuildProperties> build, HasilaProperties properties) {
        return ExtractorVersion.of(build.getIfAvailable(), properties.gazetteer());
    }

    /**
     * A file whose stamp still vouches for it is not read again, one whose content is stored and extracted by this
     * version is not parsed again; any other is read ({@link IngestProcessor}). Which documents are extracted, and
     * the files' stamps, are read once, as the step (or partition) starts: ingest stores documents but extracts
     * none, so the set holds for the whole step.
     */
    @Bean
    @StepScope
    ItemProcessor<Path, IngestedFile> ingestProcessor(DocumentReader documentReader, DocumentStore documents,
                                                      FileStampStore fileStamps, ExtractorVersion version,
                                                      @Value("#{jobParameters['input']}") String input) {
        Path root = Path.of(input);
        return new IngestProcessor(root, documentReader, documents.extractedWith(version.value())::contains,
                fileStamps.under(FileStampStore.rootOf(root)), Clock.systemUTC());
    }

    @Bean
    @StepScope
    ItemWriter<IngestedFile> ingestWriter(DocumentStore documents, FileStampStore fileStamps,
                                          PlatformTransactionManager transactionManager,
                                          @Value("#{jobParameters['input']}") String input,
                                          @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId) {
        ConcurrentSaves saves = new ConcurrentSaves(transactionManager);
        String root = FileStampStore.rootOf(Path.of(input));
        return chunk -> {
            Map<String, String> unchanged = new LinkedHashMap<>();
            Map<String, FileStamp> stamps = new LinkedHashMap<>();
            chunk.forEach(item -> {
                if (item.unchanged()) {
                    unchanged.put(item.file(), item.documentId());
                } else {
                    saves.save(() -> documents.save(instanceId, item.document(), item.fingerprint()));
                }
                if (item.stamp() != null) {
                    stamps.put(item.file(), item.stamp());
                }
            });
            documents.linkUnchanged(instanceId, unchanged);
            fileStamps.save(root, stamps);
        };
    }

    /**
     * The threads on which the documents of a chunk are read (ingest) or extracted (extract) at once; reading the
     * next item, writing and commits stay on the step's thread, in order, so restarts resume exactly.
     */
    @Bean
    ThreadPoolTaskExecutor documentThreads(HasilaProperties properties) {
        ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(properties.effectiveExtractThreads());
        threads.setThreadNamePrefix("documents-");
        threads.setDaemon(true);
        return threads;
    }

    /** What the extract step (or its partition) still has to do; see {@link ExtractSelection}. */
    @Bean
    @StepScope
    ExtractSelection extractSelection(ExtractorVersion version,
                                      @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId,
                                      @Value("#{stepExecutionContext['partition']}") Integer partition,
                                      @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return ExtractSelection.of(instanceId, version.value(), PartitionShare.of(partition, partitions));
    }

    /**
     * The documents of the {@link ExtractSelection} by id. The reader saves no position: a saved position (page and
     * offset) would count the documents since extracted twice, skipping as many others, whenever the restart's chunk
     * size (the page size) differs from the failed run's: another worker, or another setting.
     */
    @Bean
    @StepScope
    JdbcPagingItemReader<String> extractReader(DataSource dataSource, HasilaProperties properties,
                                               ExtractSelection extractSelection) throws Exception {
        return new JdbcPagingItemReaderBuilder<String>()
                .name(EXTRACT_READER)
                .dataSource(dataSource)
                .selectClause("SELECT D.ID")
                .fromClause("FROM HASILA_DOCUMENT D")
                .whereClause(extractSelection.where())
                .parameterValues(extractSelection.parameters())
                .sortKeys(Map.of("ID", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, n) -> rs.getString(1))
                .saveState(false)
                .build();
    }

    /** The shipped gazetteer, extended by the user's file ({@code hasila.gazetteer}) when one is set. */
    @Bean
    ClaimExtractor claimExtractor(HasilaProperties properties) {
        Gazetteer shipped = Gazetteer.fromClasspath();
        return new ClaimExtractor(properties.gazetteer() == null ? shipped : shipped.extendedWith(properties.gazetteer()));
    }

    @Bean
    DocumentExtractor documentExtractor(ClaimExtractor claimExtractor) {
        return claimExtractor::extract;
    }

    /**
     * Extracts a document; one the extractor fails on is quarantined with the reason, logged, and the run goes on
     * (a grammar's fault on one text must not stop a night's run, nor fail every restart).
     */
    @Bean
    ItemProcessor<String, DocumentExtraction> extractProcessor(DocumentStore documents, DocumentExtractor extractor) {
        return id -> {
            try {
                return new DocumentExtraction(id, extractor.extract(documents.find(id)));
            } catch (RuntimeException e) {
                LOG.error("extract: document {} quarantined, its extraction failed", id, e);
                return DocumentExtraction.failed(id, e);
            }
        };
    }

    @Bean
    ItemWriter<DocumentExtraction> extractWriter(ClaimStore claims, DocumentStore documents, ExtractorVersion version) {
        return chunk -> chunk.forEach(e -> {
            claims.replace(e.documentId(), e.extraction().claims(), e.extraction().mentions());
            if (e.failure() != null) {
                // not marked as extracted: the next run reads it again (a later build may read it)
                documents.quarantine(e.documentId(), e.failure());
            } else {
                documents.markExtracted(e.documentId(), version.value());
            }
        });
    }
}
