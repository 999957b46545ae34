package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.Secret;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads when a database cannot be read: one line, the category, the cause, never the password. */
class JdbcErrorsTest {
    private static final String PASSWORD = "S3cret-pw-xyz";

    @TempDir
    Path dir;

    private static JdbcSourceConfig server(String type, String host, int port, String database, String user,
                                           String password) {
        return new JdbcSourceConfig("db", type, null, null, host, port, database, user,
                password == null ? null : new Secret(password), TableFilter.ALL, Duration.ofSeconds(3),
                Duration.ofMinutes(1), 2000, Map.of(), null, null, null);
    }

    private static SourceException failure(JdbcSourceConfig config) {
        try {
            new JdbcSourceAdapter(config, w -> { }).check();
        } catch (SourceException e) {
            return e;
        }
        throw new AssertionError("no failure for " + config.type());
    }

    @Test
    void anUnreachablePortIsAConnectError() {
        SourceException e = failure(server("postgresql", "127.0.0.1", 1, "test", "postgres", PASSWORD));

        assertThat(e.category()).isEqualTo(ErrorCategory.CONNECT);
        assertThat(e.oneLine()).startsWith("source db: connect: cannot connect to jdbc:postgresql://127.0.0.1:1/test: ")
                .doesNotContain(PASSWORD).doesNotContain("\n");
    }

    @Test
    void aMissingPostgresDatabaseIsNotFound() throws Exception {
        try (Connection c = RealServices.postgres()) {
            c.isValid(1);
        }
        SourceException e = failure(server("postgresql", "127.0.0.1", 5432, "no_such_db_sb", "postgres", null));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).contains("no_such_db_sb");
    }

    @Test
    void aWrongMariadbPasswordIsAnAuthErrorWithoutThePassword() throws Exception {
        String user = RealServices.uniqueName("sb_user");
        try (Connection c = RealServices.mariadb()) {
            RealServices.createMariadbUser(c, user, "right-password");
            try {
                SourceException e = failure(server("mariadb", "127.0.0.1", 3306, "test", user, PASSWORD));

                assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
                assertThat(e.oneLine()).contains("Access denied").doesNotContain(PASSWORD);
            } finally {
                RealServices.dropMariadbUser(c, user);
            }
        }
    }

    @Test
    void anUnknownHostIsAConnectError() {
        SourceException e = failure(server("mariadb", "no-such-host.invalid", 3306, "test", "root", PASSWORD));

        assertThat(e.category()).isEqualTo(ErrorCategory.CONNECT);
        assertThat(e.oneLine()).contains("no-such-host.invalid").doesNotContain(PASSWORD).doesNotContain("\n");
    }

    /** A right password without a grant on the database is not a wrong password: a check must say which. */
    @Test
    void aMariadbDatabaseTheUserHasNoGrantOnIsAPermissionError() throws Exception {
        String user = RealServices.uniqueName("sb_nogrant");
        try (Connection c = RealServices.mariadb()) {
            RealServices.createMariadbUser(c, user, PASSWORD);
            try {
                SourceException e = failure(server("mariadb", "127.0.0.1", 3306, "test", user, PASSWORD));

                assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
                assertThat(e.oneLine()).startsWith("source db: permission: cannot connect to ")
                        .contains("Access denied for user '" + user + "'").contains("to database 'test'")
                        .doesNotContain(PASSWORD);
            } finally {
                RealServices.dropMariadbUser(c, user);
            }
        }
    }

    /** PostgreSQL's driver says only "The connection attempt failed." for a name that does not resolve. */
    @Test
    void anUnknownPostgresHostIsNamed() {
        SourceException e = failure(server("postgresql", "no-such-host.invalid", 5432, "test", "postgres", PASSWORD));

        assertThat(e.category()).isEqualTo(ErrorCategory.CONNECT);
        assertThat(e.oneLine()).endsWith(": The connection attempt failed. (unknown host no-such-host.invalid)")
                .doesNotContain(PASSWORD).doesNotContain("\n");
    }

    @Test
    void aMissingMariadbDatabaseIsNotFound() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            c.isValid(1);
        }
        SourceException e = failure(server("mariadb", "127.0.0.1", 3306, "no_such_db_sb", "root", null));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).contains("no_such_db_sb");
    }

    /** This server trusts local connections (any password is right), so a role that may not log in stands in. */
    @Test
    void aPostgresRoleThatMayNotLogInIsAnAuthError() throws Exception {
        String role = RealServices.uniqueName("sb_nologin");
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "CREATE ROLE " + role + " NOLOGIN PASSWORD 'right-password'");
            try {
                SourceException e = failure(server("postgresql", "127.0.0.1", 5432, "test", role, PASSWORD));

                assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
                assertThat(e.oneLine()).contains(role).doesNotContain(PASSWORD).doesNotContain("\n");
            } finally {
                RealServices.execute(c, "DROP ROLE " + role);
            }
        }
    }

    @Test
    void aPostgresDatabaseTheRoleMayNotConnectToIsAPermissionError() throws Exception {
        String role = RealServices.uniqueName("sb_noconnect");
        String database = RealServices.uniqueName("sb_closed");
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "CREATE ROLE " + role + " LOGIN", "CREATE DATABASE " + database,
                    "REVOKE CONNECT ON DATABASE " + database + " FROM PUBLIC");
            try {
                SourceException e = failure(server("postgresql", "127.0.0.1", 5432, database, role, null));

                assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
                assertThat(e.getMessage()).contains(database);
            } finally {
                RealServices.execute(c, "DROP DATABASE " + database, "DROP ROLE " + role);
            }
        }
    }

    @Test
    void aMissingH2DatabaseIsNotFoundAndNotCreated() {
        Path h2 = dir.resolve("missing");

        SourceException e = failure(JdbcSourceConfig.ofUrl("db", "h2", null, "jdbc:h2:file:" + h2));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(dir.resolve("missing.mv.db")).doesNotExist();
    }

    @Test
    void aMissingSqliteOrDuckdbFileIsNotFoundAndNotCreated() {
        Path sqlite = dir.resolve("missing.db");
        Path duck = dir.resolve("missing.duckdb");

        assertThatThrownBy(() -> new JdbcSourceAdapter(JdbcSourceConfig.ofUrl("db", "sqlite", null, "jdbc:sqlite:" + sqlite),
                w -> { }).check())
                .isInstanceOf(SourceException.class)
                .hasMessage("database file " + sqlite + " does not exist");
        assertThatThrownBy(() -> new JdbcSourceAdapter(JdbcSourceConfig.ofUrl("db", "duckdb", null, "jdbc:duckdb:" + duck),
                w -> { }).check())
                .isInstanceOf(SourceException.class);
        assertThat(Files.exists(sqlite)).isFalse();
        assertThat(Files.exists(duck)).isFalse();
    }

    @Test
    void aGenericJdbcUrlGetsItsDialectFromTheDriver() throws Exception {
        Path db = dir.resolve("x.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            RealServices.execute(c, "CREATE TABLE t (a INT)");
        }
        JdbcSourceAdapter adapter = new JdbcSourceAdapter(
                JdbcSourceConfig.ofUrl("db", "jdbc", null, "jdbc:sqlite:" + db), w -> { });

        assertThat(adapter.dialect()).isEqualTo(io.schemabuilder.types.Dialect.SQLITE);
        assertThat(Tables.all(adapter)).hasSize(1);
    }
}
