package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List the runs recorded in the job repository, newest first.")
public class HistoryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (default 20).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array (shape documented in README).")
    boolean json;

    @Override
    public Integer call() {
        Optional<MissingRepository> missing = MissingRepository.of(options);
        if (missing.isPresent()) {
            // Not an error (a fresh output dir has no runs), but say where the command looked.
            (json ? System.err : System.out).println(missing.get().line());
            if (json) {
                System.out.println("[]");
            }
            return ExitCodes.OK;
        }
        List<RunRecord> runs = RepositoryQuery.withHistory(options, history -> history.recent(limit), List.of());
        if (json) {
            System.out.println(RunJson.of(runs));
            return ExitCodes.OK;
        }
        if (runs.isEmpty()) {
            // Where it looked: with --repository-url, an empty (or not yet made) repository says nothing else.
            System.out.println("no runs recorded yet in job repository "
                    + Repositories.describe(RepositoryQuery.client(options).settings()));
            return ExitCodes.OK;
        }
        System.out.printf("%-6s %-24s %-24s %-10s %-4s %s%n", "ID", "START", "END", "STATUS", "EXIT", "SOURCES");
        for (RunRecord run : runs) {
            System.out.printf("%-6d %-24s %-24s %-10s %-4s %s%n", run.id(), RunJson.time(run.start()),
                    run.end() == null ? "-" : RunJson.time(run.end()), run.status(),
                    run.exitCode() == null ? "-" : run.exitCode(), sources(run.sources()));
        }
        return ExitCodes.OK;
    }

    /** {@code name=status} each; a remote run's adds {@code @worker}. */
    static String sources(List<SourceRun> sources) {
        return String.join(" ", sources.stream()
                .map(s -> s.name() + "=" + s.status().toLowerCase(java.util.Locale.ROOT)
                        + (s.worker() == null ? "" : "@" + s.worker())).toList());
    }
}
