package io.schemabuilder.batch.output;

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
}
