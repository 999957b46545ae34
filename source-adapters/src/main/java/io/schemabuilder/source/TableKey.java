package io.schemabuilder.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table's identity within a source: schema and table name, raw (unquoted).
 * Ordered by schema, then name, comparing Unicode code points, which is the byte order of UTF-8 and what
 * catalog queries give with a binary collation ({@code COLLATE "C"}, {@code utf8mb4_bin}).
 */
public record TableKey(String schema, String name) implements Comparable<TableKey> {

    public TableKey {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(TableKey other) {
        int bySchema = compareCodePoints(schema, other.schema);
        return bySchema != 0 ? bySchema : compareCodePoints(name, other.name);
    }

    /**
     * The key as schema.json's {@code tables} writes it: {@code schema.table}, where a part that contains a dot or
     * a double quote is quoted the SQL way ({@code public."odd.name"}, inner quotes doubled), so that it splits back.
     */
    public String qualified() {
        return quoteIfNeeded(schema) + "." + quoteIfNeeded(name);
    }

    /** The inverse of {@link #qualified()}. */
    public static TableKey parseQualified(String text) {
        List<String> parts = new ArrayList<>(2);
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i <= text.length()) {
            if (i < text.length() && text.charAt(i) == '"' && part.isEmpty()) {
                i++;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
                continue;
            }
            if (i == text.length() || text.charAt(i) == '.') {
                parts.add(part.toString());
                part.setLength(0);
                i++;
                continue;
            }
            part.append(text.charAt(i++));
        }
        if (parts.size() != 2) {
            throw new IllegalArgumentException("not a schema.table key: " + text);
        }
        return new TableKey(parts.get(0), parts.get(1));
    }

    @Override
    public String toString() {
        return qualified();
    }

    private static String quoteIfNeeded(String part) {
        if (part.indexOf('.') < 0 && part.indexOf('"') < 0) {
            return part;
        }
        return '"' + part.replace("\"", "\"\"") + '"';
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
