package io.schemabuilder.cli;

/** The process exit codes: a contract for cron jobs and schedulers (documented in README). */
public final class ExitCodes {
    /** Every source was written. */
    public static final int OK = 0;
    /** The job ran and at least one source failed (the others were written). */
    public static final int SOURCES_FAILED = 1;
    /** The config file or the command line is wrong; nothing ran. */
    public static final int USAGE = 2;
    /** Another run holds the output folder. */
    public static final int RUN_IN_PROGRESS = 3;
    /** The job repository cannot be reached or opened. */
    public static final int REPOSITORY_UNREACHABLE = 4;
    /** {@code diff --fail-on-change} found changes. */
    public static final int CHANGED = 5;
    /** SIGINT (Ctrl-C) stopped the run: it ended STOPPED after each source's current chunk and can be restarted. */
    public static final int STOPPED_BY_SIGINT = 130;
    /** SIGTERM (a timeout, systemd, Kubernetes) stopped the run, as for SIGINT. */
    public static final int STOPPED_BY_SIGTERM = 143;

    private ExitCodes() {
    }
}
