package io.schemabuilder.cli;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RunLayout;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * After a crash ({@code kill -9}, power loss) the repository still says STARTED. Called while holding the output
 * folder's run lock: any execution of this folder, from this host, that is still "running" cannot be, since its
 * process would hold the lock. Such an execution is marked FAILED with Spring Batch's own recovery, so that it can
 * be restarted.
 */
final class Recovery {
    private static final int RECENT_INSTANCES = 10;

    private Recovery() {
    }

    static void recoverAbandonedRuns(JobRepository repository, JobOperator operator, RunLayout layout,
                                     PrintStream out) {
        Set<Long> abandoned = new LinkedHashSet<>();
        for (JobExecution execution : repository.findRunningJobExecutions(JobParameterNames.JOB_NAME)) {
            if (ofThisFolder(execution, layout)) {
                abandoned.add(execution.getId());
            }
        }
        abandoned.addAll(stoppedWithRunningSteps(repository, layout));
        for (long id : abandoned) {
            // Reloaded whole: the running-executions query leaves step contexts empty, and recover saves the
            // steps it is given (an empty context would lose each partition's restart position).
            JobExecution execution = repository.getJobExecution(id);
            operator.recover(execution);
            out.println("recovered execution " + id + " (started " + execution.getStartTime()
                    + "): its process is gone; it is now FAILED and can be restarted");
        }
    }

    /**
     * Spring Batch's stop marks the job STOPPED at once, and its steps when each ends its chunk: a process that died
     * in between (a second SIGTERM halts it; {@code stop} then {@code kill -9}) leaves a STOPPED job whose steps are
     * STARTED, which no restart accepts. Such a run is the latest execution of a recent instance.
     */
    private static List<Long> stoppedWithRunningSteps(JobRepository repository, RunLayout layout) {
        List<Long> found = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(JobParameterNames.JOB_NAME, 0, RECENT_INSTANCES)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && !last.isRunning() && last.getStatus() != BatchStatus.COMPLETED
                    && ofThisFolder(last, layout)
                    && last.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning())) {
                found.add(last.getId());
            }
        }
        return found;
    }

    /**
     * A running execution into this output dir from this host: while the caller holds the run lock, either one that
     * a crash left behind or the caller's own.
     */
    static boolean ofThisFolder(JobExecution execution, RunLayout layout) {
        var parameters = execution.getJobParameters();
        boolean sameFolder = layout.outputDir().toString().equals(parameters.getString(JobParameterNames.OUTPUT_DIR));
        String host = parameters.getString(JobParameterNames.HOST);
        return sameFolder && (host == null || host.equals(RunLock.host()));
    }
}
