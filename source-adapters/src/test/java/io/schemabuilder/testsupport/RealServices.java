package io.schemabuilder.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real database services integration tests run against (PostgreSQL and MariaDB on 127.0.0.1, see README).
 * When a service is not reachable the test is skipped with a message saying so, unless the environment sets
 * {@code SCHEMA_BUILDER_IT=required} (as CI does): then the test fails.
 */
public final class RealServices {
    public static final String POSTGRES_URL = env("SCHEMA_BUILDER_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = env("SCHEMA_BUILDER_PG_USER", "postgres");
    public static final String MARIADB_URL = env("SCHEMA_BUILDER_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    public static final String MARIADB_USER = env("SCHEMA_BUILDER_MARIADB_USER", "root");

    private RealServices() {
    }

    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("SCHEMA_BUILDER_IT"));
    }

    /** A connection to the test PostgreSQL, or the test is skipped (or failed, when required). */
    public static Connection postgres() {
        return connect("PostgreSQL", POSTGRES_URL, POSTGRES_USER);
    }

    /** A connection to the test MariaDB, or the test is skipped (or failed, when required). */
    public static Connection mariadb() {
        return connect("MariaDB", MARIADB_URL, MARIADB_USER);
    }

    /** A fresh lower-case name for a schema or database that one test creates and drops. */
    public static String uniqueName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)).toLowerCase(Locale.ROOT);
    }

    /** A MariaDB user with a password, for any host (and localhost, which MariaDB matches apart). */
    public static void createMariadbUser(Connection mariadb, String user, String password) throws SQLException {
        execute(mariadb, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'");
    }

    public static void dropMariadbUser(Connection mariadb, String user) throws SQLException {
        execute(mariadb, "DROP USER IF EXISTS '" + user + "'@'%'", "DROP USER IF EXISTS '" + user + "'@'localhost'");
    }

    public static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static Connection connect(String service, String url, String user) {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            String message = service + " is not reachable at " + url + " as " + user + " (" + e.getMessage()
                    + "); integration test skipped. Set SCHEMA_BUILDER_IT=required to make this a failure.";
            if (required()) {
                throw new AssertionError("SCHEMA_BUILDER_IT=required but " + message, e);
            }
            Assumptions.abort(message);
            return null;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
