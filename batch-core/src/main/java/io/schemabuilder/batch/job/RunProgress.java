package io.schemabuilder.batch.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each source started in this process, so that a source split into partitions prints one start line and its
 * end line gives the source's whole time.
 */
public final class RunProgress {
    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    /** True the first time a source is seen: the caller prints the start line. */
    public boolean start(String source) {
        return started.putIfAbsent(source, Instant.now()) == null;
    }

    public Duration elapsed(String source) {
        Instant start = started.get(source);
        return start == null ? Duration.ZERO : Duration.between(start, Instant.now());
    }

    public static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
