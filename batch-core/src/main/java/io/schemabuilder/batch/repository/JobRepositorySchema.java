package io.schemabuilder.batch.repository;

import io.schemabuilder.batch.job.FaultInjection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Makes the job repository hold every table and sequence of Spring Batch's own script for its engine (H2 or
 * PostgreSQL; see {@link BatchSchemaScript}), whatever a crash left behind:
 * <ul>
 * <li>complete: nothing to do (on H2, sequences made by an older version lose their cache, see below);</li>
 * <li>nothing, or part of it and no run recorded: what is there is dropped and everything created, silently;</li>
 * <li>part of it, with runs recorded: {@link DamagedRepositoryException} (nothing is dropped).</li>
 * </ul>
 * On PostgreSQL all of it is one transaction under an advisory lock (DDL is transactional there): hosts that start
 * their first run against one shared repository at the same moment create it once, and a creator killed half-way
 * leaves nothing. On H2 (whose DDL commits each statement) the launcher creates a new repository in a file of its
 * own and moves it into place whole ({@link H2RepositoryFile}); this class then only completes old ones.
 * Done here rather than with {@code spring.batch.jdbc.initialize-schema=always}, which re-runs the script at every
 * start and fills H2's trace file with "already exists" errors.
 * <p>
 * schema-builder's own {@link StagedTableSchema} table is created last with the others; a complete repository made
 * before it existed just gets it (it holds nothing a run needs back).
 */
public final class JobRepositorySchema {

    /** The schema the launcher puts PostgreSQL repositories in (with {@code currentSchema} in the URL). */
    public static final String POSTGRES_SCHEMA = "schema_builder";

    private JobRepositorySchema() {
    }

    public static void ensure(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ensure(connection);
        }
    }

    public static void ensure(Connection connection) throws SQLException {
        String engine = engine(connection);
        BatchSchemaScript script = BatchSchemaScript.of(engine);
        if (!engine.equals("postgresql")) {
            complete(connection, script, null);
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // current_schema() is null while the URL's currentSchema does not exist yet.
            boolean schemaExists = connection.getSchema() != null;
            String schema = schemaExists ? connection.getSchema() : firstOnSearchPath(connection);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "schema-builder job repository " + schema);
                lock.executeQuery().close();
            }
            if (!schemaExists) { // (even IF NOT EXISTS needs the right to create schemas, which a user may lack)
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
                }
            }
            complete(connection, script, schema);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** What a repository lacks of Spring Batch's tables and sequences, and how many runs it holds. */
    public record Inspection(List<String> missing, long runs) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * Looks without changing anything (for the commands that only read or change one execution): a repository that
     * a killed first run left half-made, or that is damaged.
     */
    public static Inspection inspect(Connection connection) throws SQLException {
        BatchSchemaScript script = BatchSchemaScript.of(engine(connection));
        String schema = script.engine().equals("postgresql") ? connection.getSchema() : null;
        if (script.engine().equals("postgresql") && schema == null) {
            return new Inspection(script.objects(), 0);
        }
        Set<String> present = present(connection, script, schema);
        List<String> missing = script.objects().stream().filter(name -> !present.contains(name)).toList();
        return new Inspection(missing, missing.isEmpty() ? 0 : runs(connection, present));
    }

    /** {@code schema}: PostgreSQL's, by name; null on H2, whose catalog queries use the current one. */
    private static void complete(Connection connection, BatchSchemaScript script, String schema) throws SQLException {
        Set<String> present = present(connection, script, schema);
        List<String> missing = script.objects().stream().filter(name -> !present.contains(name)).toList();
        if (missing.isEmpty()) {
            if (script.engine().equals("h2")) {
                stopCachingSequences(connection, script);
            }
            if (!present.contains(StagedTableSchema.TABLE)) {
                execute(connection, StagedTableSchema.creates(script.engine()));
            }
            return;
        }
        if (!present.isEmpty()) {
            long runs = runs(connection, present);
            if (runs > 0) {
                throw new DamagedRepositoryException(missing, runs);
            }
            execute(connection, script.drops());
            execute(connection, StagedTableSchema.drops());
        }
        create(connection, script);
    }

    /** Runs the script's statements one by one (a crash test can stop the process before any of them). */
    public static void create(Connection connection, BatchSchemaScript script) throws SQLException {
        int n = 0;
        for (String statement : script.creates()) {
            FaultInjection.reached(FaultInjection.Point.REPOSITORY_CREATE, script.engine(), ++n);
            execute(connection, List.of(statement));
        }
        execute(connection, StagedTableSchema.creates(script.engine()));
    }

    private static Set<String> present(Connection connection, BatchSchemaScript script, String schema)
            throws SQLException {
        String tables = schema == null
                ? "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
        String sequences = schema == null
                ? "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
                : "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?";
        Set<String> found = new HashSet<>();
        for (String query : List.of(tables, sequences)) {
            found.addAll(names(connection, query, schema));
        }
        List<String> known = new ArrayList<>(script.objects());
        known.add(StagedTableSchema.TABLE);
        found.retainAll(known);
        return found;
    }

    private static List<String> names(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toUpperCase(Locale.ROOT));
                }
            }
            return names;
        }
    }

    /** The job executions (or, without that table, job instances) recorded. */
    private static long runs(Connection connection, Set<String> present) throws SQLException {
        long runs = 0;
        for (String table : List.of("BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
            if (present.contains(table)) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    runs = Math.max(runs, rs.getLong(1));
                }
            }
        }
        return runs;
    }

    /** Sequences made by an older version with H2's default cache of 32 values (lost by a crash) stop caching. */
    private static void stopCachingSequences(Connection connection, BatchSchemaScript script) throws SQLException {
        List<String> cached = names(connection, "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = SCHEMA() AND CACHE > 1", null);
        execute(connection, cached.stream().filter(script.sequences()::contains)
                .map(name -> "ALTER SEQUENCE " + name + " NO CACHE").toList());
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String engine(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new SQLException("the job repository must be H2 or PostgreSQL, not " + product);
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
}
