package io.schemabuilder.source.jdbc.duckdb;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** DuckDB: duckdb_columns() with duckdb_tables(), duckdb_views() and duckdb_constraints(). */
public final class DuckdbCatalog extends SqlCatalog {

    public DuckdbCatalog(int queryTimeoutSeconds) {
        super("duckdb", queryTimeoutSeconds);
    }
}
