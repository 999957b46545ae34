package io.schemabuilder.cli;

import java.util.List;

/** Ends a command with an exit code and the lines that say why (printed to standard error, one per problem). */
public class CommandFailure extends RuntimeException {
    private final int exitCode;
    private final List<String> lines;

    public CommandFailure(int exitCode, List<String> lines) {
        super(String.join("; ", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    public CommandFailure(int exitCode, String line) {
        this(exitCode, List.of(line));
    }

    public CommandFailure(int exitCode, String line, Throwable cause) {
        super(line, cause);
        this.exitCode = exitCode;
        this.lines = List.of(line);
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
