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

    /**
     * The types every text value of this type also fits (as a bit mask of ordinals): a whole number is a number, a
     * date a timestamp (at midnight), a timestamp one with a time zone (the session's).
     */
    int wider() {
        switch (this) {
            case BIGINT:
                return ColumnInference.bit(DOUBLE);
            case DATE:
                return ColumnInference.bit(TIMESTAMP) | ColumnInference.bit(TIMESTAMP_TZ);
            case TIMESTAMP:
                return ColumnInference.bit(TIMESTAMP_TZ);
            default:
                return 0;
        }
    }
}
