package org.hasila.app.remote;

import jakarta.jms.Session;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.hasila.app.job.HasilaProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.StandardIntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * The way partition requests travel: from the manager step's channel to a JMS queue on the broker, and, in a worker
 * process, from the queue to the worker steps. Workers do not reply: the manager polls the shared job repository.
 */
@Configuration(proxyBeanMethods = false)
class PartitionMessagingConfiguration {

    /** A worker that cannot reach the broker tries again after 1 s, then 2 s, 4 s, ... at most 16 s apart. */
    private static final long RECONNECT_FIRST = 1_000;
    private static final long RECONNECT_MOST = 16_000;

    /** Creates no connection until a request is sent or a worker listens: a run that hands out nothing needs no broker. */
    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory brokerConnectionFactory(HasilaProperties properties) {
        ActiveMQConnectionFactory connectionFactory = new ActiveMQConnectionFactory(properties.brokerUrl());
        // a worker takes the next request when it is free, instead of buffering requests that an idle worker could run
        connectionFactory.setConsumerWindowSize(0);
        return connectionFactory;
    }

    /** The queue of this database's partition requests, on the broker at {@code hasila.broker-url}. */
    @Bean
    PartitionQueue partitionQueue(DataSource dataSource) {
        return PartitionQueue.of(dataSource);
    }

    @Bean
    PartitionRequestCodec partitionRequestCodec(JsonMapper json) {
        return new PartitionRequestCodec(json);
    }

    /** Where the manager steps put their partition requests. */
    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Where the worker steps take partition requests from. */
    @Bean
    DirectChannel partitionRequestsReceived() {
        return new DirectChannel();
    }

    /** The manager sends a step's requests on one connection, not one each; opened at the first. */
    @Bean
    CachingConnectionFactory requestSending(ActiveMQConnectionFactory brokerConnectionFactory) {
        return new CachingConnectionFactory(brokerConnectionFactory);
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, CachingConnectionFactory requestSending,
                                              PartitionRequestCodec codec, PartitionQueue partitionQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, codec::encode)
                .handle(Jms.outboundAdapter(requestSending).destination(partitionQueue.name()))
                .get();
    }

    /**
     * A worker's one consumer of the queue. A request is acknowledged when its partition has run: if the worker dies
     * first, the broker hands the request to another worker, whose guard drops it (the partition is started).
     */
    @Bean
    @Profile("worker")
    StandardIntegrationFlow partitionRequestsFromBroker(ActiveMQConnectionFactory brokerConnectionFactory,
                                                        PartitionRequestCodec codec, PartitionQueue partitionQueue,
                                                        JobRepository jobRepository,
                                                        DirectChannel partitionRequestsReceived) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(brokerConnectionFactory)
                        .destination(partitionQueue.name())
                        .configureListenerContainer(container -> container
                                .sessionAcknowledgeMode(Session.CLIENT_ACKNOWLEDGE)
                                .concurrentConsumers(1)
                                .backOff(reconnects()))
                        // stopping takes no more requests but lets the running one reach its chunk boundary (see
                        // Worker); shutting the container down would interrupt it in the middle of a chunk
                        .shutdownContainerOnStop(false))
                .transform(String.class, codec::decode)
                .filter(StepExecutionRequest.class, new PartitionRequestGuard(jobRepository))
                .channel(partitionRequestsReceived)
                .get();
    }

    private static ExponentialBackOff reconnects() {
        ExponentialBackOff backOff = new ExponentialBackOff(RECONNECT_FIRST, 2);
        backOff.setMaxInterval(RECONNECT_MOST);
        return backOff;
    }

    @Bean
    @Profile("worker")
    Worker worker(StandardIntegrationFlow partitionRequestsFromBroker, RunningPartitions runningPartitions,
                  HasilaProperties properties, PartitionQueue partitionQueue) {
        return new Worker(partitionRequestsFromBroker, runningPartitions,
                properties.brokerUrl() + " (queue " + partitionQueue + ")");
    }
}
