package org.hasila.app.job;

import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job's two chunk-oriented steps, ingest and extract: as this process runs them (split into a partition
 * per document thread), or on a given step builder, a remote partitioning worker's, whose step runs one partition
 * that a manager sent. The readers are step-scoped and read the partition's share from the step execution's context,
 * the whole run without it.
 */
public final class DocumentSteps {

    /** The steps' names, and their partitions' (here, or on workers). */
    public static final String INGEST = "ingest";
    public static final String EXTRACT = "extract";
    public static final String INGEST_PARTITION = "ingestPartition";
    public static final String EXTRACT_PARTITION = "extractPartition";

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

    /** Reads the input files (the partition's share of them) into documents, a chunk's files at once. */
    public Step ingest(StepBuilder builder) {
        return ingest(builder, properties.chunkSize()).taskExecutor(documentThreads).build();
    }

    /** Extracts the claims of the run's documents (the partition's share of them), a chunk's documents at once. */
    public Step extract(StepBuilder builder) {
        return extract(builder, properties.chunkSize()).taskExecutor(documentThreads).build();
    }

    /**
     * Ingest as this process runs it: split into one partition per document thread when there are several, each
     * partition reading its files one after another on its own thread, so that one partition's writes and commits
     * overlap the others' reading (a step whose threads share a chunk waits for its slowest file and for its
     * write). A partition's chunk is the chunk size shared out among the partitions, so that all of them together
     * have at most one chunk of files uncommitted, as the step run whole has.
     */
    public Step ingestHere(JobRepository jobRepository) {
        return here(jobRepository, INGEST, INGEST_PARTITION,
                builder -> ingest(builder, partitionChunkSize()).build(), this::ingest);
    }

    /** Extract as this process runs it: as {@link #ingestHere}, over the documents. */
    public Step extractHere(JobRepository jobRepository) {
        return here(jobRepository, EXTRACT, EXTRACT_PARTITION,
                builder -> extract(builder, partitionChunkSize()).build(), this::extract);
    }

    private Step here(JobRepository jobRepository, String name, String partitionName,
                      Function<StepBuilder, Step> partition, Function<StepBuilder, Step> whole) {
        int threads = properties.effectiveExtractThreads();
        if (threads == 1) {
            return whole.apply(new StepBuilder(name, jobRepository));
        }
        return new StepBuilder(name, jobRepository)
                .partitioner(partitionName, new SharePartitioner())
                .step(partition.apply(new StepBuilder(partitionName, jobRepository)))
                .gridSize(threads)
                .taskExecutor(documentThreads)
                .build();
    }

    private int partitionChunkSize() {
        return Math.max(1, properties.chunkSize() / properties.effectiveExtractThreads());
    }

    private ChunkOrientedStepBuilder<Path, IngestedFile> ingest(StepBuilder builder, int chunkSize) {
        return slowed(builder.<Path, IngestedFile>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(ingestReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(new ProgressListener(FileListReader.NAME, ingestTotal)));
    }

    private ChunkOrientedStepBuilder<String, DocumentExtraction> extract(StepBuilder builder, int chunkSize) {
        return slowed(builder.<String, DocumentExtraction>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(extractReader)
                .processor(extractProcessor)
                .writer(extractWriter)
                .listener(new ProgressListener(HasilaJobConfiguration.EXTRACT_READER, extractTotal)));
    }

    private <I, O> ChunkOrientedStepBuilder<I, O> slowed(ChunkOrientedStepBuilder<I, O> step) {
        return properties.itemDelay().isZero() ? step : step.listener(new ItemDelay(properties.itemDelay()));
    }
}
