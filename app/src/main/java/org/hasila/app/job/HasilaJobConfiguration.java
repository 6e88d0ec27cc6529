package org.hasila.app.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentStore;
import org.hasila.extract.ClaimExtractor;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.ingest.DocumentReader;
import org.hasila.ingest.IngestSettings;
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
        return new DistributableStep(documentSteps.ingest(new StepBuilder("ingest", jobRepository)), ingestManagerStep);
    }

    /** Extract, here or by workers: see {@link DistributableStep}. */
    @Bean
    Step extractStep(JobRepository jobRepository, DocumentSteps documentSteps, Step extractManagerStep) {
        return new DistributableStep(documentSteps.extract(new StepBuilder("extract", jobRepository)), extractManagerStep);
    }

    @Bean
    DocumentSteps documentSteps(HasilaProperties properties, PlatformTransactionManager transactionManager,
                                ThreadPoolTaskExecutor documentThreads, FileListReader ingestReader,
                                ItemProcessor<Path, IngestedFile> ingestProcessor, ItemWriter<IngestedFile> ingestWriter,
                                JdbcPagingItemReader<String> extractReader,
                                ItemProcessor<String, DocumentExtraction> extractProcessor,
                                ItemWriter<DocumentExtraction> extractWriter) {
        return new DocumentSteps(properties, transactionManager, documentThreads, ingestReader, ingestProcessor,
                ingestWriter, extractReader, extractProcessor, extractWriter);
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

    /** A file whose content is stored and extracted by this version is not parsed again; any other is read. */
    @Bean
    @StepScope
    ItemProcessor<Path, IngestedFile> ingestProcessor(DocumentReader documentReader, DocumentStore documents,
                                                      ExtractorVersion version,
                                                      @Value("#{jobParameters['input']}") String input) {
        Path root = Path.of(input);
        return file -> ContentIds.of(root.resolve(file))
                .filter(id -> documents.isExtracted(id, version.value()))
                .map(id -> IngestedFile.unchanged(file.toString(), id))
                .orElseGet(() -> IngestedFile.read(documentReader.read(root, file)));
    }

    @Bean
    @StepScope
    ItemWriter<IngestedFile> ingestWriter(DocumentStore documents, PlatformTransactionManager transactionManager,
                                          @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId) {
        ConcurrentSaves saves = new ConcurrentSaves(transactionManager);
        return chunk -> chunk.forEach(item -> {
            if (item.unchanged()) {
                documents.linkUnchanged(instanceId, item.file(), item.documentId());
            } else {
                saves.save(() -> documents.save(instanceId, item.document(), item.fingerprint()));
            }
        });
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

    /**
     * The run's readable documents by id (those of the partition's share of ids, when the step runs a partition) that
     * this version has not extracted yet. A chunk marks its documents extracted as it commits, so the query itself is
     * where a restart resumes: the reader saves no position. A saved position (page and offset) would count the
     * documents since extracted twice, skipping as many others, whenever the restart's chunk size (the page size)
     * differs from the failed run's: another worker, or another setting.
     */
    @Bean
    @StepScope
    JdbcPagingItemReader<String> extractReader(DataSource dataSource, HasilaProperties properties,
                                               ExtractorVersion version,
                                               @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instanceId,
                                               @Value("#{stepExecutionContext['partition']}") Integer partition,
                                               @Value("#{stepExecutionContext['partitions']}") Integer partitions)
            throws Exception {
        StringBuilder where = new StringBuilder("D.STATUS = 'PROCESSED'"
                + " AND (D.EXTRACTED_WITH IS NULL OR D.EXTRACTED_WITH <> :version)"
                + " AND EXISTS (SELECT 1 FROM HASILA_RUN_FILE F"
                + " WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = :instance)");
        Map<String, Object> parameters = new HashMap<>(Map.of("instance", instanceId, "version", version.value()));
        PartitionShare share = PartitionShare.of(partition, partitions);
        if (share.firstId() != null) {
            where.append(" AND D.ID >= :firstId");
            parameters.put("firstId", share.firstId());
        }
        if (share.endId() != null) {
            where.append(" AND D.ID < :endId");
            parameters.put("endId", share.endId());
        }
        return new JdbcPagingItemReaderBuilder<String>()
                .name(EXTRACT_READER)
                .dataSource(dataSource)
                .selectClause("SELECT D.ID")
                .fromClause("FROM HASILA_DOCUMENT D")
                .whereClause(where.toString())
                .parameterValues(parameters)
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

    @Bean
    ItemProcessor<String, DocumentExtraction> extractProcessor(DocumentStore documents, DocumentExtractor extractor) {
        return id -> new DocumentExtraction(id, extractor.extract(documents.find(id)));
    }

    @Bean
    ItemWriter<DocumentExtraction> extractWriter(ClaimStore claims, DocumentStore documents, ExtractorVersion version) {
        return chunk -> chunk.forEach(e -> {
            claims.replace(e.documentId(), e.extraction().claims(), e.extraction().mentions());
            documents.markExtracted(e.documentId(), version.value());
        });
    }
}
