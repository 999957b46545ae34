package io.schemabuilder.batch.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which partitions of a run are done, across its executions: a partition completed in an earlier execution of the
 * same job instance counts (restart runs only the others).
 */
public class PartitionStatuses {
    private final JobRepository repository;

    public PartitionStatuses(JobRepository repository) {
        this.repository = repository;
    }

    public boolean completed(JobExecution execution, Partition partition) {
        StepExecution last = repository.getLastStepExecution(execution.getJobInstance(), partition.stepName());
        return last != null && last.getStatus() == BatchStatus.COMPLETED;
    }
}
