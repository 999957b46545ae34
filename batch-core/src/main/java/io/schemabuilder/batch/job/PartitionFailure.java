package io.schemabuilder.batch.job;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A remote partition failed by its manager (no worker took it in time; its source's file could not be written),
 * with its one-line cause where a worker's own failure puts it (exit description and context): history, show and
 * restart read both the same.
 */
public final class PartitionFailure {
    private PartitionFailure() {
    }

    /**
     * @throws org.springframework.dao.OptimisticLockingFailureException when a worker updated the step since it was
     *         read (it took the partition at this very moment): then nothing is changed
     */
    public static void mark(JobRepository repository, StepExecution step, String line) {
        step.setStatus(BatchStatus.FAILED);
        step.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), line));
        if (step.getEndTime() == null) {
            step.setEndTime(LocalDateTime.now());
        }
        step.getExecutionContext().putString(WorkerListener.FAILURE_MESSAGE, line);
        // The step first: its version check is what tells a worker's concurrent update, before the context is touched.
        repository.update(step);
        repository.updateExecutionContext(step);
    }
}
