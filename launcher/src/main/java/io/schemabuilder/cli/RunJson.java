package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.schemabuilder.batch.output.JsonStyle;

/** The JSON shapes of {@code history --json} and {@code show --json}: a contract, documented in README. */
public final class RunJson {

    private RunJson() {
    }

    public static String of(List<RunRecord> runs) {
        return JsonStyle.writer().writeValueAsString(runs.stream().map(RunJson::run).toList());
    }

    public static String of(RunRecord run) {
        return JsonStyle.writer().writeValueAsString(run(run));
    }

    public static Map<String, Object> run(RunRecord run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("instance_id", run.instanceId());
        json.put("run_id", run.runId());
        json.put("config", run.config());
        json.put("output_dir", run.outputDir());
        json.put("status", run.status());
        json.put("exit_code", run.exitCode());
        json.put("start", time(run.start()));
        json.put("end", time(run.end()));
        json.put("duration_seconds", seconds(run.duration()));
        json.put("sources", run.sources().stream().map(RunJson::source).toList());
        return json;
    }

    private static Map<String, Object> source(SourceRun source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", source.name());
        json.put("status", source.status());
        json.put("partitions", source.partitions());
        json.put("tables_read", source.read());
        json.put("tables_written", source.written());
        json.put("duration_seconds", seconds(source.duration()));
        json.put("message", source.message());
        json.put("execution_id", source.executionId());
        if (source.worker() != null) { // a remote run's only: local runs' documents stay as they were
            json.put("worker", source.worker());
        }
        return json;
    }

    public static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
