package io.schemabuilder.batch.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's tables when the repository has none, with Batch's own script for the engine (H2 or
 * PostgreSQL). Done here rather than with {@code spring.batch.jdbc.initialize-schema=always}, which re-runs the
 * script at every start and fills H2's trace file with "already exists" errors. On PostgreSQL the tables live in
 * the schema the connection's {@code currentSchema} names (created here when missing).
 */
public final class JobRepositorySchema {

    private JobRepositorySchema() {
    }

    /** The schema the launcher puts PostgreSQL repositories in (with {@code currentSchema} in the URL). */
    public static final String POSTGRES_SCHEMA = "schema_builder";

    public static void ensure(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String engine = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
            if (engine == null) {
                throw new SQLException("the job repository must be H2 or PostgreSQL, not " + product);
            }
            if (engine.equals("postgresql")) {
                // current_schema() is null while the URL's currentSchema does not exist yet.
                String schema = connection.getSchema() != null ? connection.getSchema() : firstOnSearchPath(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
                }
            }
            if (!hasTables(connection)) {
                new ResourceDatabasePopulator(
                        new ClassPathResource("org/springframework/batch/core/schema-" + engine + ".sql"))
                        .populate(connection);
            }
        }
    }

    /** The schema a URL's currentSchema names (the first of search_path), even before it exists. */
    private static String firstOnSearchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            for (String part : rs.getString(1).split(",")) {
                String name = part.strip().replaceAll("^\"|\"$", "");
                if (!name.isEmpty() && !name.equals("$user")) {
                    return name;
                }
            }
            return POSTGRES_SCHEMA;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            if (!autoCommit) {
                connection.rollback();
            }
            return false;
        }
    }
}
