package io.schemabuilder.source.files;

/**
 * The types file sources infer, in order of preference (the first one every value fits wins), named as DuckDB
 * names them: a CSV or Excel source is read in the {@code duckdb} dialect.
 */
public enum InferredType {
    BOOLEAN("BOOLEAN"),
    BIGINT("BIGINT"),
    DOUBLE("DOUBLE"),
    DATE("DATE"),
    TIMESTAMP("TIMESTAMP"),
    TIMESTAMP_TZ("TIMESTAMP WITH TIME ZONE"),
    TIME("TIME"),
    VARCHAR("VARCHAR");

    private final String duckdbName;

    InferredType(String duckdbName) {
        this.duckdbName = duckdbName;
    }

    public String duckdbName() {
        return duckdbName;
    }
}
