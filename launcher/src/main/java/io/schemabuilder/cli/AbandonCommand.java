package io.schemabuilder.cli;

import java.util.concurrent.Callable;
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
        MissingRepository.require(options);
        return RepositoryQuery.operate(options, executionId, false, "abandon", JobOperator::abandon,
                "abandoned run " + executionId);
    }
}
