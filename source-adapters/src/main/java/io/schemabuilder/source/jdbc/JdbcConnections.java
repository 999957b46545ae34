package io.schemabuilder.source.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens the connections of one source: one per partition stream, held for the stream's life and closed with it
 * (a pool would save little: a run opens a handful, and a cursor pins its connection anyway).
 */
final class JdbcConnections {
    private final JdbcTarget target;
    private final JdbcErrors errors;
    private final String source;

    JdbcConnections(String source, JdbcTarget target, JdbcErrors errors) {
        this.source = source;
        this.target = target;
        this.errors = errors;
    }

    Connection open() {
        target.requireFile(source);
        try {
            Connection connection = connect(target.url(), target.properties());
            if (readOnlyHintIsSafe()) {
                hintReadOnly(connection);
            }
            return connection;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                throw errors.noDriver(e);
            }
            throw errors.connecting(e);
        }
    }

    /**
     * JDBC calls read-only a hint, and some drivers refuse it once connected (sqlite-jdbc behind a URL we do not
     * recognise): the catalog is only ever read, so a refused hint is no reason to fail the source.
     */
    private static void hintReadOnly(Connection connection) {
        try {
            connection.setReadOnly(true);
        } catch (SQLException e) {
            // Read anyway: every statement this adapter runs is a SELECT or a metadata call.
        }
    }

    /** SQLite and DuckDB are opened read-only by property; the others take the JDBC hint. */
    private boolean readOnlyHintIsSafe() {
        return !target.engine().equals("sqlite") && !target.engine().equals("duckdb");
    }

    /**
     * DriverManager first; then the drivers our own class loader sees (a driver jar from the launcher's
     * {@code drivers/} folder is on that loader, which DriverManager, set up before it, does not search).
     */
    private static Connection connect(String url, java.util.Properties properties) throws SQLException {
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException noDriver) {
            if (noDriver.getMessage() == null || !noDriver.getMessage().startsWith("No suitable driver")) {
                throw noDriver;
            }
            for (java.sql.Driver driver : java.util.ServiceLoader.load(java.sql.Driver.class,
                    JdbcConnections.class.getClassLoader())) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, properties);
                }
            }
            throw noDriver;
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The connection is going away: nothing to keep.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Same.
        }
    }
}
