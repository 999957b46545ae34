package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.batch.history.StopSignal;
import io.schemabuilder.batch.job.RunProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;

/** The summary a run prints at its end, and the exit code that goes with it. */
final class RunReport {

    private RunReport() {
    }

    /**
     * {@code signal}: the one that stopped the run, if a signal did; {@code repositoryUrl}: the run's, or null (the
     * embedded repository), for the restart command the summary prints.
     */
    static int summarize(JobExecution execution, RunHistory history, Optional<StopSignal> signal, String repositoryUrl,
                         PrintStream out) {
        return summarize(execution, history, signal, repositoryUrl, null, out);
    }

    /** {@code broker}: a remote run's broker (without password) for the restart command, else null. */
    static int summarize(JobExecution execution, RunHistory history, Optional<StopSignal> signal, String repositoryUrl,
                         String broker, PrintStream out) {
        RunRecord run = history.find(execution.getId()).orElseThrow();
        List<SourceRun> failed = run.sources().stream().filter(s -> !s.status().equals("COMPLETED")).toList();
        int written = run.sources().size() - failed.size();
        String time = run.duration() == null ? "" : " in " + RunProgress.seconds(run.duration());
        if (signal.isPresent()) {
            out.println("run " + run.id() + " STOPPED by " + signal.get().label()
                    + (run.duration() == null ? "" : " after " + RunProgress.seconds(run.duration())) + ": " + written
                    + " of " + run.sources().size() + " sources written; resume with: "
                    + RestartHint.command(run, repositoryUrl, broker));
            return signal.get().exitCode();
        }
        if (failed.isEmpty() && run.status().equals("COMPLETED")) {
            out.println("run " + run.id() + " COMPLETED" + time + ": " + written + " of " + run.sources().size()
                    + " sources written to " + run.outputDir() + "/schemas");
            return ExitCodes.OK;
        }
        out.println("run " + run.id() + " " + run.status() + time + ": " + written + " of " + run.sources().size()
                + " sources written; failed: " + String.join(", ", failed.stream().map(SourceRun::name).toList()));
        for (SourceRun source : failed) {
            out.println("  " + (source.message() != null ? source.message()
                    : "source " + source.name() + ": " + source.status().toLowerCase(java.util.Locale.ROOT)));
        }
        out.println("details: schema-builder show " + run.id() + "; redo what failed: "
                + RestartHint.command(run, repositoryUrl, broker));
        return ExitCodes.SOURCES_FAILED;
    }
}
