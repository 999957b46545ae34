package io.schemabuilder.cli;

import io.schemabuilder.batch.job.SourceProgress;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A daemon thread that reports the running sources while a run goes on: on a terminal it redraws one live line per
 * running source 4 times a second; otherwise it prints a plain line for each source still running, once per
 * interval of its running time. It only reads the counters the job keeps anyway: the run does no work for it.
 */
final class ProgressReporter implements AutoCloseable {
    static final Duration TTY_TICK = Duration.ofMillis(250);

    private final Thread thread;
    private final Runnable onClose;

    private ProgressReporter(Thread thread, Runnable onClose) {
        this.thread = thread;
        this.onClose = onClose;
    }

    /** Does nothing: {@code --progress off}. */
    static ProgressReporter none() {
        return new ProgressReporter(null, () -> { });
    }

    static ProgressReporter live(Supplier<List<SourceProgress>> sources, LiveConsole console) {
        return start(TTY_TICK, () -> console.show(running(sources).stream().map(ProgressLine::of).toList()),
                console::clear);
    }

    static ProgressReporter plain(Supplier<List<SourceProgress>> sources, Duration interval, Consumer<String> out) {
        long every = Math.max(1, interval.toMillis());
        Map<String, Long> reported = new HashMap<>();
        Runnable tick = () -> {
            for (SourceProgress source : running(sources)) {
                long due = source.elapsed().toMillis() / every;
                if (due > reported.getOrDefault(source.name(), 0L)) {
                    reported.put(source.name(), due);
                    out.accept(ProgressLine.of(source));
                }
            }
        };
        return start(Duration.ofMillis(Math.min(every, TTY_TICK.toMillis())), tick, () -> { });
    }

    /** Running sources, the earliest started first (a stable order for the live block). */
    private static List<SourceProgress> running(Supplier<List<SourceProgress>> sources) {
        return sources.get().stream().filter(SourceProgress::running)
                .sorted(Comparator.comparing(SourceProgress::elapsed).reversed()).toList();
    }

    private static ProgressReporter start(Duration tick, Runnable report, Runnable onClose) {
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(tick.toMillis());
                    report.run();
                }
            } catch (InterruptedException e) {
                // closed: the run ended
            }
        }, "progress");
        thread.setDaemon(true);
        thread.start();
        return new ProgressReporter(thread, onClose);
    }

    /** Stops the thread, then erases the live block: the run's summary follows. */
    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        onClose.run();
    }
}
