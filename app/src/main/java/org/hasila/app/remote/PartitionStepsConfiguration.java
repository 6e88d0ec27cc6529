package org.hasila.app.remote;

import org.hasila.app.job.DocumentSteps;
import org.hasila.app.job.HasilaProperties;
import org.hasila.app.job.SharePartitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;

/**
 * Spring Batch Integration's remote partitioning of ingest and extract. On the manager, each step splits the run
 * into {@code hasila.grid-size} partitions, sends one request per partition to the broker, and polls the shared job
 * repository until every partition has ended, failing when {@code hasila.partition-timeout} passes first. On a
 * worker, a request runs its worker step (the same chunk-oriented step as a local run's, over the partition's share)
 * against the same database.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchIntegration
class PartitionStepsConfiguration {

    static final String INGEST_PARTITION = DocumentSteps.INGEST_PARTITION;
    static final String EXTRACT_PARTITION = DocumentSteps.EXTRACT_PARTITION;
    /** How often the manager reads the job repository for finished partitions (milliseconds). */
    private static final long POLL_INTERVAL = 1_000;

    @Bean
    Step ingestManagerStep(RemotePartitioningManagerStepBuilderFactory managers, HasilaProperties properties,
                           DirectChannel partitionRequests, JobRepository jobRepository, PartitionQueue partitionQueue) {
        return manager(DocumentSteps.INGEST, INGEST_PARTITION, managers, properties, partitionRequests,
                new PartitionWaitListener(INGEST_PARTITION, properties, jobRepository, partitionQueue));
    }

    @Bean
    Step extractManagerStep(RemotePartitioningManagerStepBuilderFactory managers, HasilaProperties properties,
                            DirectChannel partitionRequests, JobRepository jobRepository, PartitionQueue partitionQueue) {
        return manager(DocumentSteps.EXTRACT, EXTRACT_PARTITION, managers, properties, partitionRequests,
                new PartitionWaitListener(EXTRACT_PARTITION, properties, jobRepository, partitionQueue));
    }

    private static Step manager(String name, String workerStep, RemotePartitioningManagerStepBuilderFactory managers,
                                HasilaProperties properties, DirectChannel partitionRequests,
                                PartitionWaitListener waitListener) {
        return managers.get(name)
                .partitioner(workerStep, new SharePartitioner())
                .gridSize(properties.gridSize())
                .outputChannel(partitionRequests)
                .pollInterval(POLL_INTERVAL)
                .timeout(properties.partitionTimeout().toMillis())
                .listener(waitListener)
                .build();
    }

    /*
     * Both worker steps take requests from the one channel: each request names its step, which the handler behind
     * either of them looks up by name (the bean's name), so it does not matter which of the two receives it.
     */

    @Bean
    @Profile("worker")
    RunningPartitions runningPartitions() {
        return new RunningPartitions();
    }

    @Bean(INGEST_PARTITION)
    @Profile("worker")
    Step ingestPartition(RemotePartitioningWorkerStepBuilderFactory workers, DocumentSteps documentSteps,
                         DirectChannel partitionRequestsReceived, RunningPartitions runningPartitions) {
        return documentSteps.ingest(workers.get(INGEST_PARTITION)
                .inputChannel(partitionRequestsReceived)
                .listener(runningPartitions));
    }

    @Bean(EXTRACT_PARTITION)
    @Profile("worker")
    Step extractPartition(RemotePartitioningWorkerStepBuilderFactory workers, DocumentSteps documentSteps,
                          DirectChannel partitionRequestsReceived, RunningPartitions runningPartitions) {
        return documentSteps.extract(workers.get(EXTRACT_PARTITION)
                .inputChannel(partitionRequestsReceived)
                .listener(runningPartitions));
    }
}
