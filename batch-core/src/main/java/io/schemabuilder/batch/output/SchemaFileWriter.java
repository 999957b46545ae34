package io.schemabuilder.batch.output;

import io.schemabuilder.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema.json with stable bytes: tables in key order, columns in ordinal order, 2-space indent,
 * {@code "key": value}, UTF-8, trailing newline. Each table's two pieces are rendered once, by the worker that read
 * it ({@link #render}); the file is then streamed from them twice (once for {@code tables}, once for
 * {@code sqlglot_schema}), copying text, so memory does not grow with the catalog.
 */
public final class SchemaFileWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter().with(JsonStyle.PRETTY);
    /** Nesting levels of a table's value under {@code tables} and under {@code sqlglot_schema.<schema>}. */
    private static final int TABLES_LEVEL = 2;
    private static final int SQLGLOT_LEVEL = 3;

    /** Tables in key order; may be iterated more than once. */
    public interface SortedTables {
        Iterable<RenderedTable> inKeyOrder();
    }

    /** What was written, for progress lines. */
    public record Totals(int tables, int columns, List<String> schemas) {
    }

    private SchemaFileWriter() {
    }

    public static Totals write(OutputStream out, SchemaHeader header, SortedTables tables) throws IOException {
        try (JsonGenerator json = PRETTY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("source_name", header.sourceName());
            json.writeStringProperty("source_type", header.sourceType());
            json.writeStringProperty("generated_at",
                    DateTimeFormatter.ISO_INSTANT.format(header.generatedAt().truncatedTo(ChronoUnit.SECONDS)));

            int tableCount = 0;
            int columnCount = 0;
            json.writeName("tables");
            json.writeStartObject();
            for (RenderedTable table : tables.inKeyOrder()) {
                json.writeName(table.key().qualified());
                json.writeRawValue(table.tablesJson());
                tableCount++;
                columnCount += table.columns();
            }
            json.writeEndObject();

            List<String> schemas = new ArrayList<>();
            // File sources: what each table was read from (only that is kept, not the table).
            Map<String, SourceFile> files = new LinkedHashMap<>();
            json.writeName("sqlglot_schema");
            json.writeStartObject();
            String openSchema = null;
            for (RenderedTable table : tables.inKeyOrder()) {
                if (!Objects.equals(openSchema, table.schema())) {
                    if (openSchema != null) {
                        json.writeEndObject();
                    }
                    openSchema = table.schema();
                    schemas.add(openSchema);
                    json.writeName(openSchema);
                    json.writeStartObject();
                }
                if (table.file() != null) {
                    files.put(table.key().qualified(), table.file());
                }
                json.writeName(table.name());
                json.writeRawValue(table.sqlglotJson());
            }
            if (openSchema != null) {
                json.writeEndObject();
            }
            json.writeEndObject();

            json.writeName("metadata");
            json.writeStartObject();
            json.writeNumberProperty("total_tables", tableCount);
            json.writeNumberProperty("total_columns", columnCount);
            json.writeName("schemas");
            json.writeStartArray();
            for (String schema : schemas) {
                json.writeString(schema);
            }
            json.writeEndArray();
            json.writeStringProperty("dialect", header.dialect());
            json.writeBooleanProperty("normalize", header.normalize());
            if (!files.isEmpty()) {
                // So that the next run can reuse the tables of unchanged files.
                json.writeName("files");
                json.writeStartObject();
                for (Map.Entry<String, SourceFile> entry : files.entrySet()) {
                    SourceFile file = entry.getValue();
                    json.writeName(entry.getKey());
                    json.writeStartObject();
                    json.writeStringProperty("path", file.path());
                    json.writeNumberProperty("size", file.size());
                    json.writeStringProperty("modified", file.modified());
                    json.writeStringProperty("sha256", file.sha256());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();

            json.writeEndObject();
            json.flush();
            out.write('\n');
            return new Totals(tableCount, columnCount, List.copyOf(schemas));
        }
    }

    /** The table's two pieces of schema.json, each indented for its place in the file. */
    public static RenderedTable render(StagedTable table) {
        return new RenderedTable(table.schema(), table.name(), table.columns().size(),
                TableJson.tableValue(table, TABLES_LEVEL), TableJson.sqlglotValue(table, SQLGLOT_LEVEL), table.file());
    }
}
