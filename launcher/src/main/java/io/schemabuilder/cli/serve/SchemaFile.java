package io.schemabuilder.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a schema.json for the pages, streaming: a source of 20,000 tables is never held whole, only the tables a
 * page shows.
 */
public final class SchemaFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** What the sources page says of a file. */
    public record Summary(String sourceType, String generatedAt, long tables, long columns, String dialect) {
    }

    /** One column as the file describes it. */
    public record Column(String name, String type, String sqlglotType, boolean nullable, String comment) {
    }

    /** One table, as the file describes it; {@code kind} is "table" when the file names none. */
    public record Table(String name, String kind, String comment, List<String> primaryKey, List<Column> columns) {
    }

    /** The tables whose name holds the filter (at most {@code max} of them), and how many matched and exist. */
    public record Tables(List<Table> shown, int matched, int total) {
    }

    private SchemaFile() {
    }

    public static Summary summary(Path file) throws IOException {
        String[] header = new String[2];
        JsonNode[] metadata = new JsonNode[1];
        read(file, (field, parser) -> {
            switch (field) {
                case "source_type" -> header[0] = parser.getString();
                case "generated_at" -> header[1] = parser.getString();
                case "metadata" -> metadata[0] = MAPPER.readTree(parser);
                default -> parser.skipChildren();
            }
        });
        JsonNode m = metadata[0] == null ? MAPPER.createObjectNode() : metadata[0];
        return new Summary(header[0], header[1], m.path("total_tables").asLong(), m.path("total_columns").asLong(),
                m.path("dialect").asString(null));
    }

    /** The tables whose name contains {@code filter} (ignoring case; all when blank), in the file's order. */
    public static Tables tables(Path file, String filter, int max) throws IOException {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<Table> shown = new ArrayList<>();
        int[] counts = new int[2];
        read(file, (field, parser) -> {
            if (!field.equals("tables") || parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                counts[1]++;
                if (!name.toLowerCase(Locale.ROOT).contains(needle)) {
                    parser.skipChildren();
                    continue;
                }
                counts[0]++;
                if (shown.size() < max) {
                    shown.add(table(name, MAPPER.readTree(parser)));
                } else {
                    parser.skipChildren();
                }
            }
        });
        return new Tables(shown, counts[0], counts[1]);
    }

    private static Table table(String name, JsonNode node) {
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.path("columns").properties()) {
            JsonNode c = entry.getValue();
            columns.add(new Column(entry.getKey(), text(c, "type"), text(c, "sqlglot_type"),
                    c.path("nullable").asBoolean(true), text(c, "comment")));
        }
        List<String> primaryKey = new ArrayList<>();
        node.path("primary_key").forEach(k -> primaryKey.add(k.asString()));
        String kind = text(node, "kind");
        return new Table(name, kind == null ? "table" : kind, text(node, "comment"), primaryKey, columns);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Called with the parser on the value of each top-level field; it must consume that value. */
    private interface FieldReader {
        void read(String field, JsonParser parser) throws IOException;
    }

    private static void read(Path file, FieldReader reader) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file.getFileName() + " is not a schema file (no JSON object)");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                reader.read(field, parser);
            }
        }
    }
}
