package io.schemabuilder.batch.output;

import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;

/**
 * A staged table as assembly needs it: its key, its two pieces of schema.json already rendered by the worker that
 * read it (so that assembly copies text and never rebuilds a table), and what it was read from. One JSON line per
 * table in a partition's staging file.
 *
 * @param columns     how many columns (for the totals)
 * @param tablesJson  the table's value under {@code tables}, indented for its place in the file
 * @param sqlglotJson the table's value under {@code sqlglot_schema.<schema>}, indented for its place in the file
 * @param file        the file it was read from (file sources), else null
 */
public record RenderedTable(String schema, String name, int columns, String tablesJson, String sqlglotJson,
                            SourceFile file) {

    public TableKey key() {
        return new TableKey(schema, name);
    }
}
