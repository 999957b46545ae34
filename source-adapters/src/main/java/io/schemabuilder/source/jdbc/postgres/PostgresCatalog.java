package io.schemabuilder.source.jdbc.postgres;

import io.schemabuilder.source.jdbc.SqlCatalog;
import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL and Redshift: pg_catalog, one query; format_type() gives the type as \d shows it. */
public final class PostgresCatalog extends SqlCatalog {

    public PostgresCatalog(int queryTimeoutSeconds) {
        super("postgres", queryTimeoutSeconds);
    }

    /** "C" collation: byte order of UTF-8, which is code-point order. */
    @Override
    protected String binary(String column) {
        return column + " COLLATE \"C\"";
    }

    /** The driver fetches in batches (setFetchSize) only inside a transaction. */
    @Override
    protected void prepareForStreaming(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
    }
}
