package io.schemabuilder.source.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections of one source: a HikariCP pool, created on first use (its first connection is the source's
 * connection check, so a wrong password fails at once, not after a pool timeout), sized to the source's partitions
 * once they are known, and closed with the adapter. A partition's stream holds one connection for its cursor's life.
 */
final class JdbcConnections implements AutoCloseable {
    /** Partitions of one source that may read at once. */
    private static final int MAX_POOL_SIZE = 8;

    private final JdbcTarget target;
    private final JdbcErrors errors;
    private final String source;
    private final long connectTimeoutMillis;
    private volatile HikariDataSource pool;
    private volatile int size = 2;

    JdbcConnections(String source, JdbcTarget target, JdbcErrors errors, java.time.Duration connectTimeout) {
        this.source = source;
        this.target = target;
        this.errors = errors;
        this.connectTimeoutMillis = Math.max(250, connectTimeout.toMillis());
    }

    Connection open() {
        target.requireFile(source);
        try {
            Connection connection = pool().getConnection();
            if (readOnlyHintIsSafe()) {
                hintReadOnly(connection);
            }
            return connection;
        } catch (SQLException e) {
            throw failure(e);
        } catch (HikariPool.PoolInitializationException e) {
            throw failure(e.getCause() instanceof SQLException ? (SQLException) e.getCause()
                    : new SQLException(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
                    "08001", e));
        }
    }

    /** The pool grows to the number of partitions (at most {@link #MAX_POOL_SIZE}). */
    void sizeTo(int partitions) {
        size = Math.max(1, Math.min(MAX_POOL_SIZE, partitions));
        HikariDataSource current = pool;
        if (current != null) {
            current.getHikariConfigMXBean().setMaximumPoolSize(size);
        }
    }

    private HikariDataSource pool() {
        HikariDataSource current = pool;
        if (current == null) {
            synchronized (this) {
                current = pool;
                if (current == null) {
                    HikariConfig config = new HikariConfig();
                    config.setPoolName("source-" + source);
                    config.setDataSource(JdbcDrivers.dataSource(target.url(), target.properties()));
                    config.setMaximumPoolSize(size);
                    config.setMinimumIdle(0);
                    config.setConnectionTimeout(connectTimeoutMillis);
                    config.setIdleTimeout(10_000);
                    config.setRegisterMbeans(false);
                    // SQLite and DuckDB are opened read-only (by property) and refuse to change it: the pool must
                    // ask for what they are. The others keep the driver's default and get the hint per borrow.
                    config.setReadOnly(!readOnlyHintIsSafe());
                    current = new HikariDataSource(config);
                    pool = current;
                }
            }
        }
        return current;
    }

    private RuntimeException failure(SQLException e) {
        SQLException cause = e;
        while (cause.getCause() instanceof SQLException && cause.getCause() != cause) {
            cause = (SQLException) cause.getCause();
        }
        if (cause.getMessage() != null && cause.getMessage().startsWith("No suitable driver")) {
            return errors.noDriver(cause);
        }
        return errors.connecting(cause);
    }

    @Override
    public void close() {
        HikariDataSource current = pool;
        pool = null;
        if (current != null) {
            current.close();
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
