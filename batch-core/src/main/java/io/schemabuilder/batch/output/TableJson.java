package io.schemabuilder.batch.output;

import java.util.List;

/**
 * A table's two pieces of schema.json, written out by hand in the file's style ({@link JsonStyle}: 2-space indent,
 * {@code "key": value}, {@code {}} when empty, the same string escapes as Jackson's), each indented for its place in
 * the file. Workers render every table once; a Jackson generator per piece took a third of their CPU (20,000 tables:
 * 1.18 s cold against 0.62 s this way).
 * {@code TableJsonTest} holds this to what Jackson's pretty printer writes.
 */
final class TableJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(512);
    private final int level;

    private TableJson(int level) {
        this.level = level;
    }

    /** The table's value under {@code tables}, at nesting {@code level}. */
    static String tableValue(StagedTable table, int level) {
        TableJson json = new TableJson(level);
        json.out.append('{');
        boolean first = true;
        if (!"table".equals(table.kind()) && !"file".equals(table.kind())) {
            json.property(first, 1, "kind");
            json.string(table.kind());
            first = false;
        }
        if (table.comment() != null && !table.comment().isEmpty()) {
            json.property(first, 1, "comment");
            json.string(table.comment());
            first = false;
        }
        if (!table.primaryKey().isEmpty()) {
            json.property(first, 1, "primary_key");
            json.stringArray(table.primaryKey(), 1);
            first = false;
        }
        json.property(first, 1, "columns");
        if (table.columns().isEmpty()) {
            json.out.append("{}");
        } else {
            json.out.append('{');
            boolean firstColumn = true;
            for (StagedTable.StagedColumn column : table.columns()) {
                json.property(firstColumn, 2, column.name());
                firstColumn = false;
                json.out.append('{');
                json.property(true, 3, "type");
                json.string(column.type());
                json.property(false, 3, "nullable");
                json.out.append(column.nullable());
                json.property(false, 3, "sqlglot_type");
                json.string(column.sqlglotType());
                if (column.comment() != null && !column.comment().isEmpty()) {
                    json.property(false, 3, "comment");
                    json.string(column.comment());
                }
                json.newline(2);
                json.out.append('}');
            }
            json.newline(1);
            json.out.append('}');
        }
        json.newline(0);
        json.out.append('}');
        return json.out.toString();
    }

    /** The table's value under {@code sqlglot_schema.<schema>}, at nesting {@code level}. */
    static String sqlglotValue(StagedTable table, int level) {
        if (table.columns().isEmpty()) {
            return "{}";
        }
        TableJson json = new TableJson(level);
        json.out.append('{');
        boolean first = true;
        for (StagedTable.StagedColumn column : table.columns()) {
            json.property(first, 1, column.name());
            json.string(column.schemaType());
            first = false;
        }
        json.newline(0);
        json.out.append('}');
        return json.out.toString();
    }

    /** Starts a property at {@code depth} within the value: separator, new line, name; its value follows. */
    private void property(boolean first, int depth, String name) {
        if (!first) {
            out.append(',');
        }
        newline(depth);
        string(name);
        out.append(": ");
    }

    private void stringArray(List<String> values, int depth) {
        out.append('[');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(value);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        out.append('\n');
        for (int i = 0; i < level + depth; i++) {
            out.append("  ");
        }
    }

    /** A JSON string as Jackson escapes it (quote, backslash and control characters; nothing else), or null. */
    private void string(String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
