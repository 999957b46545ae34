package io.schemabuilder.batch.changes;

import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the {@code tables} of a schema.json one table at a time, in the file's order (key order: schema.json
 * is written sorted), so that two files can be compared by a merge join in constant memory.
 */
final class SchemaFileTables implements Iterator<SchemaFileTables.Table>, AutoCloseable {
    // Reads one table's object out of the middle of the file: what follows it is not an error here.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** One table: its key as written, its parsed key, and its columns in order. */
    record Table(String name, TableKey key, Map<String, ColumnState> columns) {
    }

    private final InputStream in;
    private final JsonParser parser;
    private String generatedAt;
    private String sourceName;
    private Table next;

    private SchemaFileTables(Path file) throws IOException {
        this.in = Files.newInputStream(file);
        this.parser = MAPPER.createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException(file + " is not a schema file (no JSON object)");
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("tables")) {
                advance();
                return;
            }
            if (field.equals("generated_at")) {
                generatedAt = parser.getString();
            } else if (field.equals("source_name")) {
                sourceName = parser.getString();
            } else {
                parser.skipChildren();
            }
        }
        throw new IOException(file + " is not a schema file (no \"tables\")");
    }

    static SchemaFileTables open(Path file) throws IOException {
        return new SchemaFileTables(file);
    }

    String generatedAt() {
        return generatedAt;
    }

    String sourceName() {
        return sourceName;
    }

    private void advance() {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.PROPERTY_NAME) {
            next = null;
            return;
        }
        String name = parser.currentName();
        parser.nextToken();
        JsonNode table = MAPPER.readTree(parser);
        Map<String, ColumnState> columns = new LinkedHashMap<>();
        JsonNode columnNodes = table.get("columns");
        if (columnNodes != null) {
            for (Map.Entry<String, JsonNode> column : columnNodes.properties()) {
                JsonNode c = column.getValue();
                columns.put(column.getKey(), new ColumnState(text(c, "type"), c.path("nullable").asBoolean(true),
                        text(c, "sqlglot_type")));
            }
        }
        next = new Table(name, io.schemabuilder.source.TableKey.parseQualified(name), columns);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Table next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Table current = next;
        advance();
        return current;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
