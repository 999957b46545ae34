package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.job.JobParameterNames;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/** Which partition requests a worker runs, and which it drops as stale or foreign. */
class WorkerRequestsTest {

    @Test
    void aRunningPartitionOfTheRunningRunNamedInTheHeaderRuns() {
        assertThat(WorkerRequests.refusal(step(BatchStatus.STARTING, BatchStatus.STARTED), "run-1")).isEmpty();
    }

    @Test
    void aStartedPartitionRunsAgain_thatIsATakeoverFromADeadWorker() {
        assertThat(WorkerRequests.refusal(step(BatchStatus.STARTED, BatchStatus.STARTED), "run-1")).isEmpty();
    }

    @Test
    void aMissingOrFinishedPartitionIsStale() {
        assertThat(WorkerRequests.refusal(null, "run-1")).get().asString().contains("no such step execution");
        assertThat(WorkerRequests.refusal(step(BatchStatus.FAILED, BatchStatus.STARTED), "run-1")).get().asString()
                .contains("FAILED (a stale request)");
        assertThat(WorkerRequests.refusal(step(BatchStatus.COMPLETED, BatchStatus.STARTED), "run-1")).isPresent();
    }

    @Test
    void aPartitionOfARunThatEndedIsDropped() {
        assertThat(WorkerRequests.refusal(step(BatchStatus.STARTED, BatchStatus.FAILED), "run-1")).get().asString()
                .contains("its run 7 is FAILED");
    }

    @Test
    void aRequestWhoseRunIdDiffersComesFromAnotherRepository() {
        assertThat(WorkerRequests.refusal(step(BatchStatus.STARTING, BatchStatus.STARTED), "run-2")).get().asString()
                .contains("another run");
        assertThat(WorkerRequests.refusal(step(BatchStatus.STARTING, BatchStatus.STARTED), null)).isPresent();
    }

    private static StepExecution step(BatchStatus stepStatus, BatchStatus jobStatus) {
        JobExecution job = new JobExecution(7, new JobInstance(3, JobParameterNames.JOB_NAME),
                new JobParametersBuilder().addString(JobParameterNames.RUN_ID, "run-1").toJobParameters());
        job.setStatus(jobStatus);
        StepExecution step = new StepExecution(11, "worker:shop", job);
        step.setStatus(stepStatus);
        return step;
    }
}
