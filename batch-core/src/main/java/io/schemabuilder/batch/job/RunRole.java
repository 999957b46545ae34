package io.schemabuilder.batch.job;

import java.util.Locale;

/**
 * What this process does in a run (property {@value #PROPERTY}): reads the sources itself, hands the partitions to
 * remote workers, or is one of those workers.
 */
public enum RunRole {
    /** Reads every partition in this process (no {@code --broker}): today's run, unchanged. */
    LOCAL,
    /**
     * {@code run}/{@code restart --broker}: sends the partitions to workers, never opens a source nor resolves a
     * {@code ${VAR}} of the config, and writes the schema files from the rows the workers staged.
     */
    MANAGER,
    /** The {@code worker} command: runs the partitions it is sent, staging their tables in the repository. */
    WORKER;

    public static final String PROPERTY = "schema-builder.role";
    /** The worker's own config file: its sources' secrets resolve from the worker's environment. */
    public static final String WORKER_CONFIG = "schema-builder.worker.config";
    /** The worker's name ({@code --name}), recorded in each partition it runs. */
    public static final String WORKER_NAME = "schema-builder.worker.name";
    /** The worker's output folder (logs, temporary files); not the manager's. */
    public static final String WORKER_OUTPUT_DIR = "schema-builder.worker.output-dir";

    /** {@code local}, {@code manager} or {@code worker}, any case; null or blank is local. */
    public static RunRole of(String value) {
        if (value == null || value.isBlank()) {
            return LOCAL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be local, manager or worker, got '" + value + "'");
        }
    }
}
