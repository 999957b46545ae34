package io.schemabuilder.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema.json's {@code metadata.total_tables} and {@code total_columns}, streamed past its tables without building
 * them (metadata is the file's last member): for a source an earlier execution of the run wrote.
 */
record SchemaFileTotals(int tables, int columns) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Null when the file is missing or has no such totals. */
    static SchemaFileTotals of(Path schemaFile) {
        if (!Files.isRegularFile(schemaFile)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(schemaFile); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("metadata")) {
                    return totals(parser);
                }
                parser.skipChildren();
            }
            return null;
        } catch (Exception e) {
            return null; // the document says null, as for a source without a file
        }
    }

    private static SchemaFileTotals totals(JsonParser parser) {
        Integer tables = null;
        Integer columns = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("total_tables")) {
                tables = parser.getIntValue();
            } else if (name.equals("total_columns")) {
                columns = parser.getIntValue();
            } else {
                parser.skipChildren();
            }
        }
        return tables == null || columns == null ? null : new SchemaFileTotals(tables, columns);
    }
}
