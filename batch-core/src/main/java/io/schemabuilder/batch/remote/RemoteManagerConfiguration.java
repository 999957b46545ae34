package io.schemabuilder.batch.remote;

import io.schemabuilder.batch.job.ManagerProgress;
import io.schemabuilder.batch.job.Partition;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side ({@code run}/{@code restart --broker}): the build step's partitions become
 * {@code StepExecutionRequest}s sent to the exchange, routed by zone; the partition handler polls the shared
 * repository for their end ({@link RemotePartitionHandler}). Only in the remote context (never the local one).
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
public class RemoteManagerConfiguration {
    /** How often the partition handler reads the partitions' state from the repository. */
    static final long POLL_INTERVAL_MILLIS = 1000;

    @Bean
    RemoteSettings remoteSettings(Environment environment) {
        return RemoteSettings.from(environment);
    }

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory brokerConnectionFactory(RemoteSettings settings) {
        return BrokerConnections.factory(settings.broker(), settings.heartbeat(), "schema-builder manager "
                + ProcessHandle.current().pid());
    }

    @Bean
    RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnectionFactory) {
        RabbitAdmin admin = new RabbitAdmin(brokerConnectionFactory);
        admin.setAutoStartup(false); // declares what it is asked to, when asked (PartitionQueues), nothing at start
        return admin;
    }

    @Bean
    PartitionQueues partitionQueues(RabbitAdmin brokerAdmin) {
        return new PartitionQueues(brokerAdmin);
    }

    @Bean
    RabbitTemplate partitionRequestTemplate(CachingConnectionFactory brokerConnectionFactory) {
        RabbitTemplate template = new RabbitTemplate(brokerConnectionFactory);
        template.setMessageConverter(new JacksonJsonMessageConverter(RemoteWorkerConfiguration.TRUSTED_PACKAGE));
        return template;
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** requests -> headers (zone, run id) -> the exchange, with the zone as routing key. */
    @Bean
    IntegrationFlow partitionRequestsFlow(DirectChannel partitionRequests, RabbitTemplate partitionRequestTemplate,
                                          JobRepository repository, PartitionQueues partitionQueues) {
        return IntegrationFlow.from(partitionRequests)
                .enrichHeaders(h -> h.messageProcessor(m -> PartitionRequests.headers(m, repository, partitionQueues)))
                .handle(Amqp.outboundAdapter(partitionRequestTemplate)
                        .exchangeName(PartitionQueues.EXCHANGE)
                        .routingKeyFunction(m -> (String) m.getHeaders().get(PartitionRequests.ZONE_HEADER)))
                .get();
    }

    /** Watches the zones' queues, and reports the run's progress ({@link ManagerProgress}) at each round. */
    @Bean
    WorkerTimeout workerTimeout(JobRepository repository, PartitionQueues partitionQueues, RemoteSettings settings,
                                ManagerProgress progress) {
        return new WorkerTimeout(repository, partitionQueues, settings.workerTimeout(), progress::update);
    }

    /** The build step's partition handler in the manager role (the local role keeps its task executor one). */
    @Bean
    RemotePartitionHandler remotePartitionHandler(WorkerTimeout workerTimeout, DirectChannel partitionRequests,
                                                  JobRepository repository, RemoteSettings settings) {
        RemotePartitionHandler handler = new RemotePartitionHandler(workerTimeout);
        handler.setStepName(Partition.WORKER_STEP);
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
        handler.setJobRepository(repository);
        handler.setPollInterval(POLL_INTERVAL_MILLIS);
        handler.setTimeout(-1); // no overall limit: WorkerTimeout fails what no worker takes, a busy zone waits
        handler.setGridSize(settings.parallel());
        return handler;
    }
}
