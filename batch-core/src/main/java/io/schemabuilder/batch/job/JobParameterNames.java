package io.schemabuilder.batch.job;

/**
 * The identifying parameters of a schemaBuildJob run. None holds a secret: the config is named by its path and
 * the hash of its text as written (environment references unresolved).
 */
public final class JobParameterNames {
    public static final String JOB_NAME = "schemaBuildJob";

    /** Absolute path of the config file. */
    public static final String CONFIG = "config";
    /** Hex SHA-256 of the config file's bytes. */
    public static final String CONFIG_SHA256 = "config.sha256";
    /** Unique per run; a restart keeps it. Names the run's staging folder. */
    public static final String RUN_ID = "run.id";
    /** Absolute output folder. */
    public static final String OUTPUT_DIR = "output_dir";
    /** Comma-separated source names the run reads, in config order. */
    public static final String SOURCES = "sources";
    /** Not identifying: the host that started the run (crash recovery only recovers its own host's runs). */
    public static final String HOST = "host";
    /** Not identifying: "true" to read every file again instead of reusing unchanged ones ({@code --full}). */
    public static final String FULL = "full";

    private JobParameterNames() {
    }
}
