package io.schemabuilder.batch.output;

import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableKind;
import java.util.List;

/**
 * One table as the processor hands it to the writer: everything schema.json needs, with every column's type
 * already mapped. The writer renders it ({@link SchemaFileWriter#render}) into the partition's staging file.
 */
public record StagedTable(String schema, String name, String kind, String comment, List<String> primaryKey,
                          List<StagedColumn> columns, SourceFile file) {

    public StagedTable {
        primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
        columns = List.copyOf(columns);
    }

    public TableKey key() {
        return new TableKey(schema, name);
    }

    public TableKind tableKind() {
        return TableKind.fromJsonName(kind);
    }

    /**
     * @param type        the native type text as the source reports it
     * @param sqlglotType {@code DataType.Type.<MEMBER>}
     * @param schemaType  the type string written in sqlglot_schema
     */
    public record StagedColumn(String name, String type, boolean nullable, String sqlglotType, String schemaType,
                               String comment) {
    }
}
