package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.batch.job.RunProgress;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one run: each source's status, counts, time and failure message.")
public class ShowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution id (see history).")
    long executionId;

    @Option(names = "--json", description = "Print a JSON object (shape documented in README).")
    boolean json;

    @Override
    public Integer call() {
        MissingRepository.require(options);
        RunRecord run = RepositoryQuery.withHistory(options, history -> history.find(executionId), Optional.<RunRecord>empty())
                .orElseThrow(() -> new CommandFailure(ExitCodes.USAGE, "no execution " + executionId
                        + " in the job repository"));
        if (json) {
            System.out.println(RunJson.of(run));
            return ExitCodes.OK;
        }
        System.out.println("run " + run.id() + " (instance " + run.instanceId() + ", run id " + run.runId() + ")");
        System.out.println("  config:     " + run.config());
        System.out.println("  output dir: " + run.outputDir());
        System.out.println("  status:     " + run.status() + (run.exitCode() == null ? "" : " (exit " + run.exitCode() + ")"));
        System.out.println("  start:      " + RunJson.time(run.start()));
        System.out.println("  end:        " + (run.end() == null ? "-" : RunJson.time(run.end()))
                + (run.duration() == null ? "" : " (" + RunProgress.seconds(run.duration()) + ")"));
        System.out.println("  sources:");
        for (SourceRun source : run.sources()) {
            System.out.println(sourceLine(run, source));
            if (source.message() != null) {
                System.out.println("      " + source.message());
            }
        }
        return ExitCodes.OK;
    }

    /** A source's line; a remote run's names the worker that read it. */
    static String sourceLine(RunRecord run, SourceRun source) {
        return String.format("    %-20s %-10s read %d, written %d, %s%s%s", source.name(), source.status(),
                source.read(), source.written(), RunProgress.seconds(source.duration()),
                source.worker() == null ? "" : ", worker " + source.worker(),
                source.executionId() == run.id() ? "" : " (in run " + source.executionId() + ")");
    }
}
