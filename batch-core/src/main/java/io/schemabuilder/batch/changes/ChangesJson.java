package io.schemabuilder.batch.changes;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.schemabuilder.batch.output.JsonStyle;

/** The JSON of changes.json and of {@code diff --json} (documented in README). */
public final class ChangesJson {

    private ChangesJson() {
    }

    public static Map<String, Object> of(SchemaChanges changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source_name", changes.source());
        json.put("old_generated_at", changes.oldGeneratedAt());
        json.put("new_generated_at", changes.newGeneratedAt());
        json.put("summary", changes.summary());
        json.put("tables_added", changes.tablesAdded());
        json.put("tables_removed", changes.tablesRemoved());
        json.put("columns_added", columns(changes.columnsAdded()));
        json.put("columns_removed", columns(changes.columnsRemoved()));
        json.put("columns_changed", columns(changes.columnsChanged()));
        return json;
    }

    public static void write(OutputStream out, Object json) {
        JsonStyle.writer().writeValue(out, json);
        try {
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String text(Object json) {
        return JsonStyle.writer().writeValueAsString(json);
    }

    private static List<Map<String, Object>> columns(List<ColumnChange> changes) {
        return changes.stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("table", c.table());
            json.put("column", c.column());
            if (c.before() != null) {
                json.put("old", state(c.before()));
            }
            if (c.after() != null) {
                json.put("new", state(c.after()));
            }
            return json;
        }).toList();
    }

    private static Map<String, Object> state(ColumnState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", state.type());
        json.put("nullable", state.nullable());
        json.put("sqlglot_type", state.sqlglotType());
        return json;
    }

    /** Text lines for {@code diff}: {@code + table}, {@code - column}, {@code ~ column: old -> new}. */
    public static List<String> lines(SchemaChanges changes) {
        String prefix = changes.source() == null ? "" : changes.source() + ": ";
        List<String> lines = new java.util.ArrayList<>();
        changes.tablesAdded().forEach(t -> lines.add(prefix + "+ table " + t));
        changes.tablesRemoved().forEach(t -> lines.add(prefix + "- table " + t));
        changes.columnsAdded().forEach(c -> lines.add(prefix + "+ column " + c.table() + "." + c.column() + " "
                + describe(c.after())));
        changes.columnsRemoved().forEach(c -> lines.add(prefix + "- column " + c.table() + "." + c.column() + " "
                + describe(c.before())));
        changes.columnsChanged().forEach(c -> lines.add(prefix + "~ column " + c.table() + "." + c.column() + ": "
                + describe(c.before()) + " -> " + describe(c.after())));
        return lines;
    }

    private static String describe(ColumnState state) {
        return state.type() + (state.nullable() ? " null" : " not null");
    }
}
