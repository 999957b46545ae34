package io.schemabuilder.source;

/** What kind of relation a table is. schema.json writes {@link #jsonName()} for every kind but {@link #TABLE}. */
public enum TableKind {
    TABLE("table"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized_view"),
    PARTITIONED_TABLE("partitioned_table"),
    FOREIGN_TABLE("foreign_table"),
    EXTERNAL_TABLE("external_table"),
    /** A CSV file, or an Excel sheet. */
    FILE("file");

    private final String jsonName;

    TableKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static TableKind fromJsonName(String name) {
        for (TableKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown table kind: " + name);
    }
}
