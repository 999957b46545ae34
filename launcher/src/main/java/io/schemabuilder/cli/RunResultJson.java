package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.job.RunProgress;
import io.schemabuilder.batch.job.SourceProgress;
import io.schemabuilder.batch.output.JsonStyle;
import io.schemabuilder.source.ErrorCategory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The document {@code run --json} and {@code restart --json} print at the end: what the text summary says, for
 * schedulers and scripts. A contract, documented in README.
 */
final class RunResultJson {

    private RunResultJson() {
    }

    /** {@code exitCode} is the process's, decided before; {@code progress} what this process wrote, if anything. */
    static String of(RunRecord run, int exitCode, Optional<RunProgress> progress) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("run_id", run.runId());
        json.put("config", run.config());
        json.put("output_dir", run.outputDir());
        json.put("status", run.status());
        json.put("exit_code", exitCode);
        json.put("start", RunJson.time(run.start()));
        json.put("end", RunJson.time(run.end()));
        json.put("duration_seconds", RunJson.seconds(run.duration()));
        RunLayout layout = new RunLayout(Path.of(run.outputDir()));
        json.put("sources", run.sources().stream().map(source -> source(source,
                progress.map(p -> p.sources().stream().filter(s -> s.name().equals(source.name()))
                        .map(SourceProgress::written).filter(w -> w != null).findFirst().orElse(null))
                        .orElse(null), layout)).toList());
        return JsonStyle.writer().writeValueAsString(json);
    }

    private static Map<String, Object> source(SourceRun source, SourceProgress.Written written, RunLayout layout) {
        // A source an earlier execution of the run wrote (a restart): its totals from the file, its change unknown.
        SchemaFileTotals earlier = written == null && source.status().equals("COMPLETED")
                ? SchemaFileTotals.of(layout.schemaFile(source.name())) : null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", source.name());
        json.put("status", source.status());
        json.put("tables", written != null ? (Integer) written.tables() : earlier != null ? earlier.tables() : null);
        json.put("columns", written != null ? (Integer) written.columns() : earlier != null ? earlier.columns() : null);
        json.put("changed", written == null ? null : written.changed());
        json.put("changes", written == null ? null : written.outcome());
        json.put("tables_read", source.read());
        json.put("duration_seconds", RunJson.seconds(source.duration()));
        json.put("category", category(source));
        json.put("message", source.message());
        json.put("execution_id", source.executionId());
        return json;
    }

    /** The category of the failure line {@code source <name>: <category>: <cause>}; null when it has none. */
    static String category(SourceRun source) {
        String prefix = "source " + source.name() + ": ";
        if (source.message() == null || !source.message().startsWith(prefix)) {
            return null;
        }
        String rest = source.message().substring(prefix.length());
        return Arrays.stream(ErrorCategory.values()).map(ErrorCategory::label)
                .filter(label -> rest.startsWith(label + ":")).findFirst().orElse(null);
    }
}
