package io.schemabuilder.source.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * Connections by JDBC URL. A URL of a driver we know is opened by that driver's class at once: asking DriverManager
 * first would load and initialise every driver on the class path (DuckDB's, SQLite's and SQL Server's take about
 * half a second together on a small machine), which every run, and the job repository, would pay. Other URLs go to
 * DriverManager; then to the drivers our own class loader sees (a jar in the launcher's {@code drivers/} folder is
 * on that loader, which DriverManager, set up before it, does not search).
 */
public final class JdbcDrivers {
    /** URL prefix to driver class; a class missing from the class path falls through to DriverManager. */
    private static final Map<String, String> KNOWN = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:sqlite:", "org.sqlite.JDBC",
            "jdbc:duckdb:", "org.duckdb.DuckDBDriver",
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:sqlserver:", "com.microsoft.sqlserver.jdbc.SQLServerDriver",
            "jdbc:clickhouse:", "com.clickhouse.jdbc.ClickHouseDriver",
            "jdbc:oracle:", "oracle.jdbc.OracleDriver",
            "jdbc:snowflake:", "net.snowflake.client.jdbc.SnowflakeDriver");

    private JdbcDrivers() {
    }

    public static Connection connect(String url, Properties properties) throws SQLException {
        Driver known = knownDriver(url);
        if (known != null) {
            Connection connection = known.connect(url, properties);
            if (connection != null) {
                return connection;
            }
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException noDriver) {
            if (noDriver.getMessage() == null || !noDriver.getMessage().startsWith("No suitable driver")) {
                throw noDriver;
            }
            for (Driver driver : ServiceLoader.load(Driver.class, JdbcDrivers.class.getClassLoader())) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, properties);
                }
            }
            throw noDriver;
        }
    }

    /** A DataSource (for a pool) whose connections come from {@link #connect}. */
    public static DataSource dataSource(String url, Properties properties) {
        return new UrlDataSource(url, properties);
    }

    private static Driver knownDriver(String url) {
        for (Map.Entry<String, String> entry : KNOWN.entrySet()) {
            if (url.startsWith(entry.getKey())) {
                try {
                    return (Driver) Class.forName(entry.getValue(), true, JdbcDrivers.class.getClassLoader())
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError notHere) {
                    return null;
                }
            }
        }
        return null;
    }

    private static final class UrlDataSource implements DataSource {
        private final String url;
        private final Properties properties;
        private int loginTimeout;

        UrlDataSource(String url, Properties properties) {
            this.url = url;
            this.properties = properties;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connect(url, properties);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
            throw new java.sql.SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
