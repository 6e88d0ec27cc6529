package org.hasila.app.job;

import java.nio.file.Path;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job's two chunk-oriented steps, ingest and extract, on a given step builder: a plain one for a step run
 * whole in this process, or a remote partitioning worker's, whose step runs one partition that a manager sent. The
 * readers are step-scoped and read the partition's share from the step execution's context, the whole run without it.
 */
public final class DocumentSteps {

    private final HasilaProperties properties;
    private final PlatformTransactionManager transactionManager;
    private final ThreadPoolTaskExecutor documentThreads;
    private final FileListReader ingestReader;
    private final ItemProcessor<Path, IngestedFile> ingestProcessor;
    private final ItemWriter<IngestedFile> ingestWriter;
    private final JdbcPagingItemReader<String> extractReader;
    private final ItemProcessor<String, DocumentExtraction> extractProcessor;
    private final ItemWriter<DocumentExtraction> extractWriter;
    private final ProgressListener.StepTotal ingestTotal;
    private final ProgressListener.StepTotal extractTotal;

    DocumentSteps(HasilaProperties properties, PlatformTransactionManager transactionManager,
                  ThreadPoolTaskExecutor documentThreads, FileListReader ingestReader,
                  ItemProcessor<Path, IngestedFile> ingestProcessor, ItemWriter<IngestedFile> ingestWriter,
                  JdbcPagingItemReader<String> extractReader,
                  ItemProcessor<String, DocumentExtraction> extractProcessor,
                  ItemWriter<DocumentExtraction> extractWriter, ProgressListener.StepTotal ingestTotal,
                  ProgressListener.StepTotal extractTotal) {
        this.properties = properties;
        this.transactionManager = transactionManager;
        this.documentThreads = documentThreads;
        this.ingestReader = ingestReader;
        this.ingestProcessor = ingestProcessor;
        this.ingestWriter = ingestWriter;
        this.extractReader = extractReader;
        this.extractProcessor = extractProcessor;
        this.extractWriter = extractWriter;
        this.ingestTotal = ingestTotal;
        this.extractTotal = extractTotal;
    }

    /** Reads the input files (the partition's share of them) into documents. */
    public Step ingest(StepBuilder builder) {
        return slowed(builder.<Path, IngestedFile>chunk(properties.chunkSize())
                .taskExecutor(documentThreads)
                .transactionManager(transactionManager)
                .reader(ingestReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(new ProgressListener(FileListReader.NAME, ingestTotal)))
                .build();
    }

    /** Extracts the claims of the run's documents (the partition's share of them). */
    public Step extract(StepBuilder builder) {
        return slowed(builder.<String, DocumentExtraction>chunk(properties.chunkSize())
                .taskExecutor(documentThreads)
                .transactionManager(transactionManager)
                .reader(extractReader)
                .processor(extractProcessor)
                .writer(extractWriter)
                .listener(new ProgressListener(HasilaJobConfiguration.EXTRACT_READER, extractTotal)))
                .build();
    }

    private <I, O> ChunkOrientedStepBuilder<I, O> slowed(ChunkOrientedStepBuilder<I, O> step) {
        return properties.itemDelay().isZero() ? step : step.listener(new ItemDelay(properties.itemDelay()));
    }
}
