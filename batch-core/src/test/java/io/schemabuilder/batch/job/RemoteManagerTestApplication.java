package io.schemabuilder.batch.job;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A MANAGER-role context for tests: its sources throw when opened (a manager never opens one), and its
 * {@code remotePartitionHandler} stands in for the broker: it hands each partition's step execution id to the
 * WORKER-role context in {@link #worker}, which loads it from the shared repository and runs its own {@code worker}
 * step on it, as a remote worker does on a request; then it polls {@link ManagerProgress} as the real one does.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SchemaBuildJobConfiguration.class)
class RemoteManagerTestApplication {
    static final List<String> CONSOLE = new CopyOnWriteArrayList<>();
    /** Sources the manager tried to open: must stay empty. */
    static final List<String> OPENED = new CopyOnWriteArrayList<>();
    /** The worker context; set by the test. */
    static volatile ApplicationContext worker;
    /** Called after each partition ran on the worker, before the manager polls (tests look at the staged rows). */
    static volatile Runnable afterPartition = () -> { };

    @Bean
    SourceAdapterFactory managerSourceAdapterFactory() {
        return (config, warnings) -> {
            OPENED.add(config.name());
            throw new IllegalStateException("the manager opened source " + config.name());
        };
    }

    @Bean
    RunConsole managerConsole() {
        return CONSOLE::add;
    }

    @Bean
    PartitionHandler remotePartitionHandler(JobRepository managerRepository, ManagerProgress progress) {
        return new PartitionHandler() {
            @Override
            public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStep)
                    throws Exception {
                Set<StepExecution> partitions = splitter.split(managerStep, 1);
                Step step = worker.getBean(Partition.WORKER_STEP, Step.class);
                JobRepository workerRepository = worker.getBean(JobRepository.class);
                for (StepExecution partition : partitions) {
                    step.execute(workerRepository.getStepExecution(partition.getId()));
                    afterPartition.run();
                    progress.poll(managerStep.getJobExecution());
                }
                return partitions.stream().map(p -> managerRepository.getStepExecution(p.getId())).toList();
            }
        };
    }
}
