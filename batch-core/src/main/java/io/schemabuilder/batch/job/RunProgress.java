package io.schemabuilder.batch.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The progress of each source of a run in this process: when it started (so that a source split into partitions
 * prints one start line and its end line gives the source's whole time), and its counters ({@link SourceProgress}).
 */
public final class RunProgress {
    private final Map<String, SourceProgress> sources = new ConcurrentHashMap<>();

    /** True the first time a source is seen: the caller prints the start line. */
    public boolean start(String source) {
        return source(source).start();
    }

    /** The source's progress, created on first use; its clock starts with {@link #start}. */
    public SourceProgress source(String source) {
        return sources.computeIfAbsent(source, SourceProgress::new);
    }

    /** The sources seen so far (started in this process), in no particular order. */
    public List<SourceProgress> sources() {
        return List.copyOf(sources.values());
    }

    public Duration elapsed(String source) {
        SourceProgress progress = sources.get(source);
        return progress == null ? Duration.ZERO : progress.elapsed();
    }

    public static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
