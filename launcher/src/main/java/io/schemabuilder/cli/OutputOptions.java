package io.schemabuilder.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** What {@code run} and {@code restart} print, and where: --json, --quiet, --progress. */
public class OutputOptions {

    @Option(names = "--json", description = "Print one JSON document on standard output at the end (the run's"
            + " outcome, source by source); the text lines go to standard error.")
    boolean json;

    @Option(names = "--quiet", description = "Print only failures and the summary.")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "tty|plain|off", converter = ProgressConverter.class,
            completionCandidates = ProgressNames.class,
            description = "How running sources are shown: a live line each (tty: default on a terminal), a line every"
                    + " --progress-interval (plain: default otherwise), or not (off: default with --quiet).")
    RunOutput.Progress progress;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "With plain progress: a line per running source every SECONDS (default 10).")
    double progressInterval;

    RunOutput open() {
        if (!(progressInterval > 0)) {
            throw new CommandFailure(ExitCodes.USAGE, "--progress-interval must be more than 0 seconds");
        }
        return RunOutput.of(json, quiet, progress, Duration.ofMillis(Math.round(progressInterval * 1000)));
    }

    /** What TAB offers after --progress: the names as written, not the enum's constants. */
    static final class ProgressNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("tty", "plain", "off").iterator();
        }
    }

    /** tty, plain or off, in any case. */
    static final class ProgressConverter implements ITypeConverter<RunOutput.Progress> {
        @Override
        public RunOutput.Progress convert(String value) {
            try {
                return RunOutput.Progress.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected tty, plain or off, got '" + value + "'");
            }
        }
    }
}
