package io.schemabuilder.batch.output;

import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staging file format: one record per table holding its key and its two pieces of schema.json
 * ({@link RenderedTable}) as they will be written, so that assembly copies bytes and decodes no JSON:
 * <pre>
 * &lt;schema bytes&gt; &lt;name bytes&gt; &lt;columns&gt; &lt;file bytes&gt; &lt;tables bytes&gt; &lt;sqlglot bytes&gt;\n
 * &lt;schema&gt;&lt;name&gt;&lt;file&gt;&lt;tablesJson&gt;&lt;sqlglotJson&gt;\n
 * </pre>
 * The first line is six decimal numbers; the strings follow in UTF-8 (file: the {@link SourceFile} as JSON, or
 * nothing). A record is complete only with its final newline: a write cut short is not a record. A line that
 * starts with <code>{</code> is a record of schema-builder 0.1 (the {@link StagedTable} as one JSON line), still
 * read so that a run staged before an upgrade can be restarted after it.
 */
public final class StagedTableCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int FIELDS = 6;

    private StagedTableCodec() {
    }

    /** The table's staging record: rendered here, once, by the worker. */
    public static byte[] record(StagedTable table) {
        RenderedTable rendered = SchemaFileWriter.render(table);
        byte[][] parts = {utf8(rendered.schema()), utf8(rendered.name()),
                rendered.file() == null ? new byte[0] : MAPPER.writeValueAsBytes(rendered.file()),
                utf8(rendered.tablesJson()), utf8(rendered.sqlglotJson())};
        String header = parts[0].length + " " + parts[1].length + " " + rendered.columns() + " " + parts[2].length
                + " " + parts[3].length + " " + parts[4].length + "\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream(header.length() + payloadOf(parts));
        record.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        for (byte[] part : parts) {
            record.writeBytes(part);
        }
        record.write('\n');
        return record.toByteArray();
    }

    /**
     * How many bytes follow the record's first line (its final newline included), from that line (without its
     * newline); 0 for a 0.1 record, which is that line alone.
     */
    static int payloadLength(byte[] bytes, int offset, int headerLength) {
        if (legacy(bytes, offset, headerLength)) {
            return 0;
        }
        int[] fields = header(bytes, offset, headerLength);
        long length = (long) fields[0] + fields[1] + fields[3] + fields[4] + fields[5] + 1;
        if (length > Integer.MAX_VALUE / 2) {
            throw new IllegalStateException("a staging record of " + length + " bytes");
        }
        return (int) length;
    }

    /** A whole record, as {@link StagingRecords} delimits it. */
    static RenderedTable parse(byte[] bytes, int offset, int length) {
        int headerLength = 0;
        while (headerLength < length && bytes[offset + headerLength] != '\n') {
            headerLength++;
        }
        return table(bytes, offset, headerLength);
    }

    /** The table of the complete record at {@code offset}, whose first line is {@code headerLength} bytes. */
    static RenderedTable table(byte[] bytes, int offset, int headerLength) {
        if (legacy(bytes, offset, headerLength)) {
            return SchemaFileWriter.render(MAPPER.readValue(bytes, offset, headerLength, StagedTable.class));
        }
        int[] fields = header(bytes, offset, headerLength);
        int at = offset + headerLength + 1;
        String schema = new String(bytes, at, fields[0], StandardCharsets.UTF_8);
        at += fields[0];
        String name = new String(bytes, at, fields[1], StandardCharsets.UTF_8);
        at += fields[1];
        SourceFile file = fields[3] == 0 ? null : MAPPER.readValue(bytes, at, fields[3], SourceFile.class);
        at += fields[3];
        String tablesJson = new String(bytes, at, fields[4], StandardCharsets.UTF_8);
        at += fields[4];
        String sqlglotJson = new String(bytes, at, fields[5], StandardCharsets.UTF_8);
        return new RenderedTable(schema, name, fields[2], tablesJson, sqlglotJson, file);
    }

    /**
     * Only the record's key: indexing a staging file visits every record, and its rendered JSON (most of its bytes)
     * is not needed until the table is written.
     */
    static TableKey key(byte[] bytes, int offset, int headerLength) {
        if (legacy(bytes, offset, headerLength)) {
            return table(bytes, offset, headerLength).key();
        }
        int[] fields = header(bytes, offset, headerLength);
        int at = offset + headerLength + 1;
        return new TableKey(new String(bytes, at, fields[0], StandardCharsets.UTF_8),
                new String(bytes, at + fields[0], fields[1], StandardCharsets.UTF_8));
    }

    private static boolean legacy(byte[] bytes, int offset, int headerLength) {
        return headerLength > 0 && bytes[offset] == '{';
    }

    private static int[] header(byte[] bytes, int offset, int length) {
        int[] fields = new int[FIELDS];
        int field = 0;
        boolean digits = false;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9' && field < FIELDS && fields[field] <= (Integer.MAX_VALUE - 9) / 10) {
                fields[field] = fields[field] * 10 + (b - '0');
                digits = true;
            } else if (b == ' ' && digits) {
                field++;
                digits = false;
            } else {
                throw notAHeader(bytes, offset, length);
            }
        }
        if (field != FIELDS - 1 || !digits) {
            throw notAHeader(bytes, offset, length);
        }
        return fields;
    }

    private static IllegalStateException notAHeader(byte[] bytes, int offset, int length) {
        return new IllegalStateException("not a staging record header: "
                + new String(bytes, offset, Math.min(length, 80), StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int payloadOf(byte[][] parts) {
        int total = 1;
        for (byte[] part : parts) {
            total += part.length;
        }
        return total;
    }
}
