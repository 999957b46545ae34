package io.schemabuilder.batch.output;

import io.schemabuilder.source.TableKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Staging lines: one compact JSON object per table, newline-terminated. */
public final class StagedTableCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private StagedTableCodec() {
    }

    public static byte[] line(StagedTable table) {
        byte[] json = MAPPER.writeValueAsBytes(table);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }

    public static StagedTable parse(byte[] line, int offset, int length) {
        return MAPPER.readValue(line, offset, length, StagedTable.class);
    }

    /**
     * Only the table's key: indexing a staging file reads every line, and a line's columns (most of its bytes)
     * are not needed until the table is written.
     */
    public static TableKey key(byte[] line, int offset, int length) {
        String schema = null;
        String name = null;
        try (JsonParser parser = MAPPER.createParser(line, offset, length)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME && (schema == null || name == null)) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("schema")) {
                    schema = parser.getString();
                } else if (field.equals("name")) {
                    name = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (schema == null || name == null) {
            return parse(line, offset, length).key();
        }
        return new TableKey(schema, name);
    }
}
