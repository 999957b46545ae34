package io.schemabuilder.source;

import java.util.Locale;

/** Why a source failed; printed as {@code source <name>: <category>: <message>}. */
public enum ErrorCategory {
    CONFIG,
    CONNECT,
    AUTH,
    PERMISSION,
    NOT_FOUND,
    MALFORMED_INPUT,
    UNSUPPORTED,
    /** Writing the run's own files failed (a full disk, a file system turned read-only). */
    IO,
    INTERNAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
