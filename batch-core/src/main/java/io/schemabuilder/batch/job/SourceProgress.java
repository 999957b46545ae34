package io.schemabuilder.batch.job;

import io.schemabuilder.source.files.FileBytes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One source's progress in this process, fed by its partitions' readers and listeners and read by the launcher's
 * progress reporter (another thread): tables read so far, partitions running, bytes done for a file source, and,
 * once written, what its done line said. A source with several partitions is running while any of them is, so a
 * failed partition does not end the line of the others.
 */
public final class SourceProgress {

    /** What the source's schema.json got when this process wrote it. */
    public record Written(int tables, int columns, String outcome) {

        /** False when the new file equals the old one but for its time (it was not replaced). */
        public boolean changed() {
            return !"unchanged".equals(outcome);
        }
    }

    private final String name;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long startNanos;
    private final LongAdder tables = new LongAdder();
    private final AtomicInteger running = new AtomicInteger();
    private volatile FileBytes bytes;
    private volatile Written written;

    SourceProgress(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** True the first time: its first partition starts (the source's adapter may be open since its planning). */
    boolean start() {
        if (!started.compareAndSet(false, true)) {
            return false;
        }
        startNanos = System.nanoTime();
        return true;
    }

    /** Since its first partition started; zero before. */
    public Duration elapsed() {
        return started.get() ? Duration.ofNanos(System.nanoTime() - startNanos) : Duration.ZERO;
    }

    void tableRead() {
        tables.increment();
    }

    /**
     * A remote run's manager: the tables its workers committed so far and whether one of its partitions runs, as
     * the repository says (set by one polling thread).
     */
    void remote(long tablesCommitted, boolean partitionRunning) {
        long more = tablesCommitted - tables.sum();
        if (more > 0) {
            tables.add(more);
        }
        running.set(partitionRunning ? 1 : 0);
    }

    public long tablesRead() {
        return tables.sum();
    }

    void partitionStarted() {
        running.incrementAndGet();
    }

    void partitionEnded() {
        running.decrementAndGet();
    }

    /** True while one of its partitions is reading, or writing its schema.json (until its done line). */
    public boolean running() {
        return running.get() > 0 && written == null;
    }

    void bytes(FileBytes fileBytes) {
        this.bytes = fileBytes;
    }

    /** Null for a source that is not files. */
    public FileBytes bytes() {
        return bytes;
    }

    void written(Written result) {
        this.written = result;
    }

    /** Null unless this process wrote the source's schema.json. */
    public Written written() {
        return written;
    }
}
