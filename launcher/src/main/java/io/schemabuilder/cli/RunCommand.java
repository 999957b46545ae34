package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.job.RunParameters;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", description = "Build the schema file of every configured source (or of --sources).")
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    OutputOptions output;

    @Mixin
    ManagerOptions broker;

    @Option(names = "--sources", split = ",", paramLabel = "NAME", description = "Only these sources (comma-separated).")
    List<String> sources;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "Sources read at once (default 4).")
    int parallel;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "500",
            description = "Tables per committed chunk (default 500).")
    int chunkSize;

    @Option(names = "--resume", description = "If the latest run of this config failed, restart it instead.")
    boolean resume;

    @Option(names = "--full", description = "Read every file again (by default a file unchanged since the last run"
            + " is not read: its table is taken from the previous schema.json).")
    boolean full;

    @Override
    public Integer call() {
        SchemaBuilderConfig config = broker.loadConfig(options);
        List<String> selected = SourceSelection.of(config, sources);
        if (parallel < 1 || chunkSize < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--parallel and --chunk-size must be at least 1");
        }
        RunLayout layout = options.layout(config);
        RunOutput out = output.open();
        BatchApplication.Settings settings = options.settings(layout, parallel, chunkSize);
        RemoteRun remote = broker.remote(settings);
        return JobRunner.launch(settings, out, remote, batch -> {
            var previous = batch.history().latestFor(config.file().toString(), layout.outputDir().toString())
                    .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
            if (previous.isPresent() && resume) {
                out.notes().println("resuming run " + previous.get().getId() + " (" + previous.get().getStatus() + ")");
                return restart(batch, previous.get());
            }
            previous.ifPresent(e -> out.notes().println("note: the previous run of this config (" + e.getId()
                    + ") " + e.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                    + "; this is a new run (`run --resume` or `restart " + e.getId() + "` redoes only what failed)"));
            try {
                return batch.operator().start(batch.job(), RunParameters.of(config, layout, selected, RunLock.host(), full));
            } catch (Exception e) {
                throw new CommandFailure(ExitCodes.SOURCES_FAILED, "the run could not start: " + e.getMessage(), e);
            }
        });
    }

    static JobExecution restart(JobRunner.Batch batch, JobExecution execution) {
        try {
            return batch.operator().restart(execution);
        } catch (Exception e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot restart execution " + execution.getId() + ": "
                    + e.getMessage(), e);
        }
    }
}
