package io.schemabuilder.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.launch.JobOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "stop", description = "Ask a running run to stop: each partition finishes its current chunk, then the"
        + " run ends STOPPED and can be restarted.")
public class StopCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution id (see history).")
    long executionId;

    @Override
    public Integer call() {
        MissingRepository.require(options);
        return RepositoryQuery.operate(options, executionId, true, "stop", JobOperator::stop,
                "stopping run " + executionId + ": each partition ends after its current chunk; then"
                        + " `schema-builder restart " + executionId + "` resumes it");
    }
}
