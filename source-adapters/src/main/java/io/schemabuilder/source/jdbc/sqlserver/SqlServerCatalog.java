package io.schemabuilder.source.jdbc.sqlserver;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** SQL Server: sys.objects, sys.columns and sys.types, with the type as T-SQL declares it (nvarchar(max)). */
public final class SqlServerCatalog extends SqlCatalog {

    public SqlServerCatalog(int queryTimeoutSeconds) {
        super("sqlserver", queryTimeoutSeconds);
    }

    @Override
    protected String binary(String column) {
        return column + " COLLATE Latin1_General_BIN2";
    }

    /** Names compare in the database's collation, case-insensitive by default: a NOT LIKE would drop too much. */
    @Override
    protected boolean exactLike() {
        return false;
    }

    /** {@code [a-c]} is a character class in T-SQL's LIKE. */
    @Override
    protected String likeSpecials() {
        return "%_[";
    }
}
