package io.schemabuilder.source;

import java.util.Objects;

/**
 * One column as the source reports it.
 *
 * @param ordinal    1-based position in the table
 * @param nativeType the type text a person sees in the catalog (PostgreSQL {@code format_type}, MySQL
 *                   {@code COLUMN_TYPE}); the empty string for an undeclared SQLite column
 * @param comment    null when the catalog has none
 */
public record ColumnMetadata(String name, int ordinal, String nativeType, boolean nullable, String comment) {

    public ColumnMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nativeType, "nativeType");
    }

    public ColumnMetadata(String name, int ordinal, String nativeType, boolean nullable) {
        this(name, ordinal, nativeType, nullable, null);
    }
}
