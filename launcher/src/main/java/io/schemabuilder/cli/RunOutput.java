package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunConsole;
import io.schemabuilder.batch.job.RunContexts;
import io.schemabuilder.batch.job.SourceProgress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the lines of {@code run} and {@code restart} go. Text (notes, the sources' lines, progress, the summary)
 * goes to standard output, or to standard error with {@code --json}, whose document alone is on standard output.
 * {@code --quiet} keeps only the failures and the summary.
 */
final class RunOutput {

    /** How progress is shown: a live block on a terminal, a line now and then in a log, or not at all. */
    enum Progress { TTY, PLAIN, OFF }

    private final PrintStream text;
    private final PrintStream json;
    private final boolean quiet;
    private final Progress progress;
    private final Duration interval;
    private final LiveConsole live;

    private RunOutput(PrintStream text, PrintStream json, boolean quiet, Progress progress, Duration interval) {
        this.text = text;
        this.json = json;
        this.quiet = quiet;
        this.progress = progress;
        this.interval = interval;
        this.live = progress == Progress.TTY ? new LiveConsole(text, LiveConsole.terminalWidth()) : null;
    }

    /**
     * {@code requested} null: a live block when standard output is a terminal, else plain lines; none with
     * {@code --quiet}.
     */
    static RunOutput of(boolean json, boolean quiet, Progress requested, Duration interval) {
        Progress progress = requested != null ? requested : quiet ? Progress.OFF : onTerminal() ? Progress.TTY
                : Progress.PLAIN;
        return new RunOutput(json ? System.err : System.out, json ? System.out : null, quiet, progress, interval);
    }

    private static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Lines that --quiet leaves out (notes, recovery). */
    PrintStream notes() {
        return quiet ? new PrintStream(OutputStream.nullOutputStream()) : text;
    }

    /** The run's summary: always printed. */
    PrintStream summary() {
        return text;
    }

    /** Where the job's own lines go: through the live block when there is one. */
    RunConsole console() {
        return new RunConsole() {
            @Override
            public void line(String line) {
                if (!quiet) {
                    print(line);
                }
            }

            @Override
            public void failure(String line) {
                print(line);
            }
        };
    }

    private void print(String line) {
        if (live != null) {
            live.line(line);
            return;
        }
        synchronized (text) {
            text.println(line);
            text.flush();
        }
    }

    /** Reports the running sources of this process's runs until closed. */
    ProgressReporter progress(RunContexts runs) {
        Supplier<List<SourceProgress>> sources = () -> runs.active().stream()
                .flatMap(run -> run.sources().stream()).toList();
        return switch (progress) {
            case TTY -> ProgressReporter.live(sources, live);
            case PLAIN -> ProgressReporter.plain(sources, interval, this::print);
            case OFF -> ProgressReporter.none();
        };
    }

    /** With --json: the run's document on standard output (made only then). */
    void result(Supplier<String> document) {
        if (json != null) {
            json.println(document.get());
            json.flush();
        }
    }
}
