package io.schemabuilder.source.files;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Header cells made into column names: blank ones become {@code column_N} (N its 1-based position), repeats get
 * {@code _1}, {@code _2}. Names are told apart as DuckDB tells them apart (ASCII letters without case): file sources
 * are read as DuckDB, and sqlglot's duckdb dialect folds ASCII case even in quoted names, so {@code Id} and
 * {@code id} would be one column to it. DuckDB's read_csv names such a header {@code Id, id_1} too.
 */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static List<String> of(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).strip();
            String name = raw.isEmpty() ? "column_" + (i + 1) : raw;
            String unique = name;
            for (int n = 1; !taken.add(caseless(unique)); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    /** The name as DuckDB compares names: ASCII letters in lower case, every other character as it is. */
    public static String caseless(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** A table name from a file stem or sheet name: letters, digits and underscores; other characters become {@code _}. */
    public static String tableName(String raw) {
        String name = raw.strip().replaceAll("[^\\p{L}\\p{N}_]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "table" : name;
    }
}
