package io.schemabuilder.batch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One execution of schemaBuildJob, as {@code history} and {@code show} report it.
 *
 * @param exitCode the launcher's exit code for this outcome (0 completed, 1 failed or stopped,
 *                 130 or 143 stopped by SIGINT or SIGTERM: {@link StopSignal}); null while running
 * @param end      null while running
 */
public record RunRecord(long id, long instanceId, String runId, String config, String outputDir, String status,
                        Integer exitCode, Instant start, Instant end, Duration duration, List<SourceRun> sources) {

    public RunRecord {
        sources = List.copyOf(sources);
    }
}
