package io.schemabuilder.batch.changes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two schema files of one source, table by table, in constant memory (both are sorted by key). */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    public static SchemaChanges between(Path older, Path newer) throws IOException {
        List<String> tablesAdded = new ArrayList<>();
        List<String> tablesRemoved = new ArrayList<>();
        List<ColumnChange> added = new ArrayList<>();
        List<ColumnChange> removed = new ArrayList<>();
        List<ColumnChange> changed = new ArrayList<>();
        try (SchemaFileTables before = SchemaFileTables.open(older); SchemaFileTables after = SchemaFileTables.open(newer)) {
            SchemaFileTables.Table a = before.hasNext() ? before.next() : null;
            SchemaFileTables.Table b = after.hasNext() ? after.next() : null;
            while (a != null || b != null) {
                int order = a == null ? 1 : b == null ? -1 : a.key().compareTo(b.key());
                if (order < 0) {
                    tablesRemoved.add(a.name());
                    a = before.hasNext() ? before.next() : null;
                } else if (order > 0) {
                    tablesAdded.add(b.name());
                    b = after.hasNext() ? after.next() : null;
                } else {
                    compareColumns(b.name(), a.columns(), b.columns(), added, removed, changed);
                    a = before.hasNext() ? before.next() : null;
                    b = after.hasNext() ? after.next() : null;
                }
            }
            String source = after.sourceName() != null ? after.sourceName() : before.sourceName();
            return new SchemaChanges(source, before.generatedAt(), after.generatedAt(), tablesAdded, tablesRemoved,
                    added, removed, changed);
        }
    }

    private static void compareColumns(String table, Map<String, ColumnState> before, Map<String, ColumnState> after,
                                       List<ColumnChange> added, List<ColumnChange> removed,
                                       List<ColumnChange> changed) {
        before.forEach((name, old) -> {
            ColumnState now = after.get(name);
            if (now == null) {
                removed.add(new ColumnChange(table, name, old, null));
            } else if (!Objects.equals(old.type(), now.type()) || old.nullable() != now.nullable()
                    || !Objects.equals(old.sqlglotType(), now.sqlglotType())) {
                changed.add(new ColumnChange(table, name, old, now));
            }
        });
        after.forEach((name, now) -> {
            if (!before.containsKey(name)) {
                added.add(new ColumnChange(table, name, null, now));
            }
        });
    }

    /**
     * True when the two files are the same but for {@code generated_at} and the file fingerprints at the end of
     * {@code metadata} (a file touched but not changed has a new time, and is not a change): a run that changed
     * nothing.
     */
    public static boolean sameButForTime(Path a, Path b) throws IOException {
        try (BufferedReader x = Files.newBufferedReader(a, StandardCharsets.UTF_8);
             BufferedReader y = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
            while (true) {
                String lineA = x.readLine();
                String lineB = y.readLine();
                if (lineA == null || lineB == null) {
                    return lineA == null && lineB == null;
                }
                if (isFiles(lineA) && isFiles(lineB)) {
                    return true;
                }
                if (!lineA.equals(lineB) && !(isTime(lineA) && isTime(lineB))) {
                    return false;
                }
            }
        }
    }

    private static boolean isFiles(String line) {
        return line.startsWith("    \"files\": {");
    }

    private static boolean isTime(String line) {
        return line.startsWith("  \"generated_at\": ");
    }
}
