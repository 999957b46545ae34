package io.schemabuilder.batch.remote;

import org.springframework.batch.core.job.JobExecution;

/** What the manager calls every poll while partitions run remotely (the job's ManagerProgress). */
@FunctionalInterface
public interface ManagerProgressPoll {
    void poll(JobExecution managerExecution);
}
