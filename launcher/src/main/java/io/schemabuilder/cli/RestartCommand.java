package io.schemabuilder.cli;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restart", description = "Redo what a failed or stopped run did not finish (default: the latest failed"
        + " run of --config). Completed sources are not read again; failed ones resume after their last commit.")
public class RestartCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    OutputOptions output;

    @Mixin
    ManagerOptions broker;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The execution id (see history).")
    Long executionId;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "Sources read at once (default 4).")
    int parallel;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "500", description = "Tables per chunk (default 500).")
    int chunkSize;

    @Override
    public Integer call() {
        SchemaBuilderConfig config = broker.loadConfig(options);
        RunLayout layout = options.layout(config);
        RunOutput out = output.open();
        BatchApplication.Settings settings = options.settings(layout, parallel, chunkSize);
        RemoteRun remote = broker.remote(settings);
        return JobRunner.launch(settings, out, remote, batch -> {
            JobExecution execution = executionId != null ? batch.history().execution(executionId).orElse(null)
                    : batch.history().latestFor(config.file().toString(), layout.outputDir().toString()).orElse(null);
            if (execution == null) {
                throw new CommandFailure(ExitCodes.USAGE, executionId != null
                        ? "no execution " + executionId + " in the job repository"
                        : "no run of " + config.file() + " into " + layout.outputDir() + " to restart");
            }
            if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
                throw new CommandFailure(ExitCodes.USAGE, "execution " + execution.getId() + " is "
                        + execution.getStatus() + ": only a FAILED or STOPPED run can be restarted");
            }
            JobExecution last = batch.repository().getLastJobExecution(execution.getJobInstance());
            if (last != null && last.getId() != execution.getId()) {
                // Spring Batch would refuse it with its job parameters listed ("A job instance already exists ...").
                throw new CommandFailure(ExitCodes.USAGE, "run " + execution.getId() + " was restarted as run "
                        + last.getId() + " (" + last.getStatus() + "): restart that one if it failed or stopped");
            }
            if (!config.sha256().equals(execution.getJobParameters().getString(JobParameterNames.CONFIG_SHA256))) {
                out.notes().println("note: " + config.file() + " changed since execution " + execution.getId()
                        + " ran; the restart reads the current file");
            }
            out.notes().println("restarting run " + execution.getId());
            return RunCommand.restart(batch, execution);
        });
    }
}
