package io.schemabuilder.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "abandon", description = "Give up a failed or stopped run for good: it can no longer be restarted"
        + " (the next run starts afresh).")
public class AbandonCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution id (see history).")
    long executionId;

    @Override
    public Integer call() {
        return RepositoryQuery.withContext(options, context -> {
            JobExecution execution = RepositoryQuery.execution(context, executionId);
            if (execution.isRunning()) {
                throw new CommandFailure(ExitCodes.USAGE, "execution " + executionId + " is running: stop it first"
                        + " (a run whose process died is recovered by the next run or restart)");
            }
            try {
                context.getBean(JobOperator.class).abandon(execution);
            } catch (Exception e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot abandon execution " + executionId + ": "
                        + e.getMessage(), e);
            }
            System.out.println("abandoned run " + executionId);
            return ExitCodes.OK;
        });
    }
}
