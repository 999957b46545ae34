package io.schemabuilder.batch.changes;

import java.util.List;

/**
 * What changed in one source between two schema files.
 *
 * @param oldGeneratedAt {@code generated_at} of the older file
 * @param newGeneratedAt {@code generated_at} of the newer file
 */
public record SchemaChanges(String source, String oldGeneratedAt, String newGeneratedAt, List<String> tablesAdded,
                            List<String> tablesRemoved, List<ColumnChange> columnsAdded,
                            List<ColumnChange> columnsRemoved, List<ColumnChange> columnsChanged) {

    public SchemaChanges {
        tablesAdded = List.copyOf(tablesAdded);
        tablesRemoved = List.copyOf(tablesRemoved);
        columnsAdded = List.copyOf(columnsAdded);
        columnsRemoved = List.copyOf(columnsRemoved);
        columnsChanged = List.copyOf(columnsChanged);
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && columnsAdded.isEmpty() && columnsRemoved.isEmpty()
                && columnsChanged.isEmpty();
    }

    /** {@code +1 table, -2 columns, 1 column changed}: the run's one summary line per changed source. */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>();
        count(parts, "+", tablesAdded.size(), "table");
        count(parts, "-", tablesRemoved.size(), "table");
        count(parts, "+", columnsAdded.size(), "column");
        count(parts, "-", columnsRemoved.size(), "column");
        if (!columnsChanged.isEmpty()) {
            parts.add(columnsChanged.size() + (columnsChanged.size() == 1 ? " column changed" : " columns changed"));
        }
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    private static void count(List<String> parts, String sign, int n, String noun) {
        if (n > 0) {
            parts.add(sign + n + " " + noun + (n == 1 ? "" : "s"));
        }
    }
}
