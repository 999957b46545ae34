package io.schemabuilder.batch.history;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A signal that stopped a run (SIGTERM from a scheduler's timeout, SIGINT from Ctrl-C), and the exit code a shell
 * reports for it (128 + the signal's number). The launcher records it in the stopped execution's exit status, so that
 * {@code history} and {@code show} give the same exit code the process ended with.
 */
public enum StopSignal {
    INT(2),
    TERM(15);

    private final int number;

    StopSignal(int number) {
        this.number = number;
    }

    /** As a shell names it: SIGTERM, SIGINT. */
    public String label() {
        return "SIG" + name();
    }

    public int exitCode() {
        return 128 + number;
    }

    /** What the launcher stores in a run that this signal stopped: exit code STOPPED, description "stopped by SIGTERM". */
    public ExitStatus exitStatus() {
        return new ExitStatus(ExitStatus.STOPPED.getExitCode(), description());
    }

    private String description() {
        return "stopped by " + label();
    }

    /** The signal recorded in a stopped execution, if one stopped it. */
    public static Optional<StopSignal> of(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.STOPPED || execution.getExitStatus() == null) {
            return Optional.empty();
        }
        String description = execution.getExitStatus().getExitDescription();
        return Arrays.stream(values()).filter(s -> description != null && description.startsWith(s.description()))
                .findFirst();
    }
}
