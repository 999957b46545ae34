package io.schemabuilder.batch.changes;

/** A column as one schema.json describes it. */
public record ColumnState(String type, boolean nullable, String sqlglotType) {
}
