package io.schemabuilder.batch.remote;

import java.util.Collection;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Spring Batch's {@link MessageChannelPartitionHandler} in polling mode (no replies: the workers' results are read
 * from the shared repository), with the {@link WorkerTimeout} watching the zones' queues while the partitions run.
 */
public class RemotePartitionHandler extends MessageChannelPartitionHandler {
    private final WorkerTimeout workerTimeout;

    public RemotePartitionHandler(WorkerTimeout workerTimeout) {
        this.workerTimeout = workerTimeout;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStep)
            throws Exception {
        try (WorkerTimeout.Watch watch = workerTimeout.watch(managerStep.getJobExecution())) {
            return super.handle(splitter, managerStep);
        }
    }
}
