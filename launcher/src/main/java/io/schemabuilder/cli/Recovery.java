package io.schemabuilder.cli;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RunLayout;
import java.io.PrintStream;
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

    private Recovery() {
    }

    static void recoverAbandonedRuns(JobRepository repository, JobOperator operator, RunLayout layout,
                                     PrintStream out) {
        for (JobExecution execution : repository.findRunningJobExecutions(JobParameterNames.JOB_NAME)) {
            var parameters = execution.getJobParameters();
            boolean sameFolder = layout.outputDir().toString().equals(parameters.getString(JobParameterNames.OUTPUT_DIR));
            String host = parameters.getString(JobParameterNames.HOST);
            boolean sameHost = host == null || host.equals(RunLock.host());
            if (sameFolder && sameHost) {
                // Reloaded whole: the running-executions query leaves step contexts empty, and recover saves the
                // steps it is given (an empty context would lose each partition's restart position).
                operator.recover(repository.getJobExecution(execution.getId()));
                out.println("recovered execution " + execution.getId() + " (started " + execution.getStartTime()
                        + "): its process is gone; it is now FAILED and can be restarted");
            }
        }
    }
}
