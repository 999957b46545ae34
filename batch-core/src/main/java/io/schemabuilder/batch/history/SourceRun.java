package io.schemabuilder.batch.history;

import java.time.Duration;

/**
 * One source in one job execution: its worker steps (one per partition) summed up.
 *
 * @param status      worst of its partitions: FAILED, STOPPED, then in progress (STARTED, STARTING or
 *                    STOPPING), then COMPLETED
 * @param executionId the execution whose steps gave this status: the one shown, or an earlier execution of the
 *                    same run when a restart had nothing left to do for the source
 * @param message     the one-line failure cause; null when it did not fail
 * @param worker      the remote workers that read it ({@code --name}, distinct, comma-separated); null in a local
 *                    run (and for a partition no worker took yet)
 */
public record SourceRun(String name, String status, int partitions, long read, long written, Duration duration,
                        String message, long executionId, String worker) {

    /** A source of a local run. */
    public SourceRun(String name, String status, int partitions, long read, long written, Duration duration,
                     String message, long executionId) {
        this(name, status, partitions, read, written, duration, message, executionId, null);
    }
}
