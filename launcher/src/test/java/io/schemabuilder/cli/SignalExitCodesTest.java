package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.StopSignal;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/** The exit codes of a run a signal stopped: as shells report signals, and the same in the job history. */
class SignalExitCodesTest {

    @Test
    void sigintIs130AndSigtermIs143AsShellsReportThem() {
        assertThat(StopSignal.INT.exitCode()).isEqualTo(ExitCodes.STOPPED_BY_SIGINT).isEqualTo(130);
        assertThat(StopSignal.TERM.exitCode()).isEqualTo(ExitCodes.STOPPED_BY_SIGTERM).isEqualTo(143);
    }

    @Test
    void theSignalKeptInAStoppedExecutionIsReadBackAndOnlyFromAStoppedOne() {
        JobExecution stopped = new JobExecution(1L, new JobInstance(1L, "schemaBuildJob"), new JobParameters());
        stopped.setStatus(BatchStatus.STOPPED);
        stopped.setExitStatus(StopSignal.TERM.exitStatus());
        JobExecution failed = new JobExecution(2L, new JobInstance(1L, "schemaBuildJob"), new JobParameters());
        failed.setStatus(BatchStatus.FAILED);
        failed.setExitStatus(StopSignal.INT.exitStatus());
        JobExecution stoppedByStop = new JobExecution(3L, new JobInstance(1L, "schemaBuildJob"), new JobParameters());
        stoppedByStop.setStatus(BatchStatus.STOPPED);
        stoppedByStop.setExitStatus(ExitStatus.STOPPED);

        assertThat(StopSignal.of(stopped)).contains(StopSignal.TERM);
        assertThat(StopSignal.of(failed)).isEmpty();
        assertThat(StopSignal.of(stoppedByStop)).isEmpty();
    }
}
