package io.schemabuilder.batch.remote;

import io.schemabuilder.batch.job.Partition;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * The worker's side ({@code schema-builder worker}): per zone one inbound adapter on the zone's queue, prefetch 1
 * (a request waits in the queue, where any idle worker can take it, rather than behind a running partition),
 * {@code --parallel} consumers, acknowledged only when the partition's step has returned (so that the broker gives
 * the request of a worker that died to another one), never requeued when refused (a request that fails before its
 * step runs would otherwise come back forever). Each request runs the same {@code worker} step bean as a local run.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
public class RemoteWorkerConfiguration {
    /** The one package whose classes the JSON converter may create from a message: StepExecutionRequest's. */
    static final String TRUSTED_PACKAGE = "org.springframework.batch.integration.partition";

    @Bean
    RemoteSettings remoteSettings(Environment environment) {
        return RemoteSettings.from(environment);
    }

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory brokerConnectionFactory(RemoteSettings settings, Environment environment) {
        return BrokerConnections.factory(settings.broker(), settings.heartbeat(), "schema-builder worker "
                + environment.getProperty(io.schemabuilder.batch.job.RunRole.WORKER_NAME, "?"));
    }

    @Bean
    RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnectionFactory) {
        RabbitAdmin admin = new RabbitAdmin(brokerConnectionFactory);
        admin.setAutoStartup(false);
        return admin;
    }

    @Bean
    PartitionQueues partitionQueues(RabbitAdmin brokerAdmin) {
        return new PartitionQueues(brokerAdmin);
    }

    @Bean
    WorkerDrain workerDrain() {
        return new WorkerDrain();
    }

    /** Every chunk of the worker step tells the drain when it committed. */
    @Bean
    static BeanPostProcessor workerStepDrain(org.springframework.beans.factory.ObjectProvider<WorkerDrain> drain) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (Partition.WORKER_STEP.equals(name) && bean instanceof ChunkOrientedStep step) {
                    step.registerChunkListener((org.springframework.batch.core.listener.ChunkListener) drain.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    BeanFactoryStepLocator workerStepLocator() {
        return new BeanFactoryStepLocator();
    }

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository repository,
                                                            BeanFactoryStepLocator workerStepLocator) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(repository);
        handler.setStepLocator(workerStepLocator);
        return handler;
    }

    @Bean
    WorkerRequests workerRequests(JobRepository repository, StepExecutionRequestHandler stepExecutionRequestHandler,
                                  WorkerDrain workerDrain) {
        return new WorkerRequests(repository, stepExecutionRequestHandler, workerDrain, line -> {
            synchronized (System.out) {
                System.out.println(line);
                System.out.flush();
            }
        });
    }

    @Bean
    WorkerFlows workerFlows(IntegrationFlowContext flows, CachingConnectionFactory brokerConnectionFactory,
                            PartitionQueues partitionQueues, WorkerRequests workerRequests, RemoteSettings settings) {
        return new WorkerFlows(flows, brokerConnectionFactory, partitionQueues, workerRequests, settings);
    }

    /** The zones' inbound flows, started by the worker command once it is ready ({@link #start()}). */
    public static final class WorkerFlows {
        private final IntegrationFlowContext flows;
        private final CachingConnectionFactory connections;
        private final PartitionQueues queues;
        private final WorkerRequests requests;
        private final RemoteSettings settings;
        private final List<IntegrationFlowContext.IntegrationFlowRegistration> registered = new ArrayList<>();

        WorkerFlows(IntegrationFlowContext flows, CachingConnectionFactory connections, PartitionQueues queues,
                    WorkerRequests requests, RemoteSettings settings) {
            this.flows = flows;
            this.connections = connections;
            this.queues = queues;
            this.requests = requests;
            this.settings = settings;
        }

        /** Declares the zones' queues and starts consuming them. */
        public synchronized void start() {
            for (String zone : settings.zones()) {
                queues.declare(zone);
            }
            for (String zone : settings.zones()) {
                IntegrationFlow flow = IntegrationFlow
                        .from(Amqp.inboundAdapter(connections, PartitionQueues.queueName(zone))
                                .messageConverter(new JacksonJsonMessageConverter(TRUSTED_PACKAGE))
                                .configureContainer(c -> c.prefetchCount(1)
                                        .concurrentConsumers(settings.parallel())
                                        .acknowledgeMode(AcknowledgeMode.AUTO)
                                        .defaultRequeueRejected(false)))
                        .handle(requests::handle)
                        .get();
                registered.add(flows.registration(flow).id("partitions-" + zone).register());
            }
        }

        /** The zones served. */
        public List<String> zones() {
            return settings.zones();
        }

        /** Closes the broker connection: the broker requeues every request not acknowledged yet. */
        public void disconnect() {
            connections.destroy();
        }
    }
}
