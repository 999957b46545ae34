package io.schemabuilder.batch.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * On a remote run's build step: one last {@link ManagerProgress#poll} when it ends, however it ends (a partition
 * failed, the worker timeout), so that every source that completed is written and every failure line printed.
 */
public class ManagerBuildListener implements StepExecutionListener {
    private final ManagerProgress progress;

    public ManagerBuildListener(ManagerProgress progress) {
        this.progress = progress;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.poll(step.getJobExecution());
        return step.getExitStatus();
    }
}
