package io.schemabuilder.batch.output;

import io.schemabuilder.source.TableKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Staging lines: one compact JSON object per table ({@link RenderedTable}), newline-terminated. */
public final class StagedTableCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private StagedTableCodec() {
    }

    /** The table's staging line: rendered here, once, by the worker. */
    public static byte[] line(StagedTable table) {
        byte[] json = MAPPER.writeValueAsBytes(SchemaFileWriter.render(table));
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }

    public static RenderedTable parse(byte[] line, int offset, int length) {
        return MAPPER.readValue(line, offset, length, RenderedTable.class);
    }

    /**
     * Only the table's key: indexing a staging file reads every line, and a line's rendered JSON (most of its
     * bytes) is not needed until the table is written.
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
