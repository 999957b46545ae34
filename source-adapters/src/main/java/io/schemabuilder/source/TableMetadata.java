package io.schemabuilder.source;

import java.util.List;
import java.util.Objects;

/**
 * One table with its columns: the item that flows through the job.
 *
 * @param comment    null when the catalog has none
 * @param primaryKey column names in key order; empty when there is none
 * @param file       for a file source, the file the table was read from; null otherwise
 */
public record TableMetadata(TableKey key, TableKind kind, String comment, List<ColumnMetadata> columns,
                            List<String> primaryKey, SourceFile file) {

    public TableMetadata {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
    }

    public TableMetadata(TableKey key, TableKind kind, List<ColumnMetadata> columns) {
        this(key, kind, null, columns, List.of(), null);
    }

    public TableMetadata(TableKey key, TableKind kind, String comment, List<ColumnMetadata> columns,
                         List<String> primaryKey) {
        this(key, kind, comment, columns, primaryKey, null);
    }

    /** The same table, recording the file it was read from. */
    public TableMetadata withFile(SourceFile source) {
        return new TableMetadata(key, kind, comment, columns, primaryKey, source);
    }
}
