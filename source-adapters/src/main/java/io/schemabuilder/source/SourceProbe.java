package io.schemabuilder.source;

/**
 * What a source is, found without reading any table's columns: what {@code schema-builder check} reports.
 *
 * @param kind    the engine and its version ({@code PostgreSQL 15.20}), or the file format
 *                ({@code CSV files (delimiter ',', UTF-8)}, {@code Excel workbook (.xlsx)})
 * @param schemas how many schemas hold the tables; null for file sources (their one schema is {@code main})
 * @param tables  the tables a run would read: of a database, those its filters select that the user may see; of
 *                files, the files or sheets
 */
public record SourceProbe(String kind, Integer schemas, long tables) {
}
