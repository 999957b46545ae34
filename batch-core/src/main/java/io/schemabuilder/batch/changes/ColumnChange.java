package io.schemabuilder.batch.changes;

/**
 * A column added ({@code before} null), removed ({@code after} null), or whose type or nullability changed.
 *
 * @param table the table's key as schema.json writes it ({@code schema.table})
 */
public record ColumnChange(String table, String column, ColumnState before, ColumnState after) {
}
