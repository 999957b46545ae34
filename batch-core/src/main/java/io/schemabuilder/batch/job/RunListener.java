package io.schemabuilder.batch.job;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * At the end of a run: closes the sources (connection pools, files), forgets the loaded config (it holds
 * resolved secrets), and deletes the run's staging once the run completed (a failed run keeps it for restart).
 */
public class RunListener implements JobExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(RunListener.class);

    private final RunContexts runs;
    private final SourceAdapterRegistry adapters;
    private final RepositoryStaging remoteStaging;

    public RunListener(RunContexts runs, SourceAdapterRegistry adapters) {
        this(runs, adapters, null);
    }

    /** @param remoteStaging a remote run's manager: a completed run's staged rows are deleted too; else null */
    public RunListener(RunContexts runs, SourceAdapterRegistry adapters, RepositoryStaging remoteStaging) {
        this.runs = runs;
        this.adapters = adapters;
        this.remoteStaging = remoteStaging;
    }

    @Override
    public void afterJob(JobExecution execution) {
        adapters.close();
        RunContext run = runs.of(execution.getJobParameters());
        runs.forget(run.runId());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            try {
                SourceAssembler.deleteRecursively(run.layout().stagingDir(run.runId()));
                if (remoteStaging != null) {
                    remoteStaging.delete(run.runId(), null);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("could not delete the staging of run {}: {}", run.runId(), e.getMessage());
            }
        }
    }
}
