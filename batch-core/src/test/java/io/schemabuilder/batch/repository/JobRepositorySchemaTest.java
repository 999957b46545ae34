package io.schemabuilder.batch.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a crash left of an H2 repository, {@link JobRepositorySchema#ensure} completes it or says it cannot. */
class JobRepositorySchemaTest {
    private static final BatchSchemaScript H2 = BatchSchemaScript.of("h2");

    @TempDir
    Path dir;

    @Test
    void theObjectsComeFromSpringBatchsOwnScript() {
        assertThat(H2.tables()).contains("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT")
                .hasSize(6);
        assertThat(H2.sequences()).containsExactly("BATCH_STEP_EXECUTION_SEQ", "BATCH_JOB_EXECUTION_SEQ",
                "BATCH_JOB_INSTANCE_SEQ");
        assertThat(H2.creates()).hasSize(9).last().asString().endsWith("NO CACHE");
        assertThat(BatchSchemaScript.of("postgresql").objects()).isEqualTo(H2.objects());
    }

    @Test
    void anEmptyDatabaseGetsEveryTableAndUncachedSequences() throws Exception {
        try (Connection c = memory()) {
            JobRepositorySchema.ensure(c);
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(withStaging(H2));
            assertThat(cachedSequences(c)).isEmpty();
        }
    }

    @Test
    void aRepositoryKilledHalfWayThroughItsCreationWithoutRunsIsMadeAfresh() throws Exception {
        try (Connection c = memory()) {
            execute(c, H2.creates().subList(0, 4));
            JobRepositorySchema.ensure(c);
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(withStaging(H2));
            JobRepositorySchema.ensure(c); // idempotent
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(withStaging(H2));
        }
    }

    @Test
    void anIncompleteRepositoryThatHoldsRunsIsNotTouched() throws Exception {
        try (Connection c = memory()) {
            JobRepositorySchema.ensure(c);
            execute(c, List.of("INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'schemaBuildJob', 'k')",
                    "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                            + " VALUES (1, 1, CURRENT_TIMESTAMP, 'FAILED')",
                    "DROP TABLE BATCH_STEP_EXECUTION_CONTEXT", "DROP SEQUENCE BATCH_JOB_INSTANCE_SEQ"));

            assertThatThrownBy(() -> JobRepositorySchema.ensure(c))
                    .isInstanceOf(DamagedRepositoryException.class)
                    .hasMessage("it holds 1 run but lacks BATCH_STEP_EXECUTION_CONTEXT, BATCH_JOB_INSTANCE_SEQ");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void sequencesThatAnOlderVersionCreatedWithACacheStopCaching() throws Exception {
        try (Connection c = memory()) {
            execute(c, H2.creates().stream().map(s -> s.replace(" NO CACHE", "")).toList());
            assertThat(cachedSequences(c)).hasSize(3);
            JobRepositorySchema.ensure(c);
            assertThat(cachedSequences(c)).isEmpty();
        }
    }

    @Test
    void theFileAppearsOnlyComplete() throws Exception {
        Path state = dir.resolve(".schema-builder");
        Files.createDirectories(state);
        // What a creator killed half-way leaves: its own temporary files (pid 2^22+1 is never a live process here).
        Path leftover = state.resolve("repository.creating-4194305.mv.db");
        Files.writeString(leftover, "half");

        String url = "jdbc:h2:file:" + state.resolve("repository") + ";WRITE_DELAY=0";
        H2RepositoryFile.ensureExists(url, credentials());

        try (var files = Files.list(state)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("repository.mv.db");
        }
        try (Connection c = JdbcDrivers.connect("jdbc:h2:file:" + state.resolve("repository"), credentials())) {
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(withStaging(H2));
            assertThat(cachedSequences(c)).isEmpty();
        }
        long size = Files.size(state.resolve("repository.mv.db"));
        H2RepositoryFile.ensureExists(url, credentials()); // there: left as it is
        assertThat(Files.size(state.resolve("repository.mv.db"))).isEqualTo(size);
        H2RepositoryFile.ensureExists("jdbc:postgresql://nowhere/db", credentials()); // not a file: nothing to do
    }

    @Test
    void aRepositoryMadeBeforeTheStagingTableGetsItAndKeepsItsRuns() throws Exception {
        try (Connection c = memory()) {
            execute(c, H2.creates());
            execute(c, List.of("INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'schemaBuildJob', 'k')"));

            JobRepositorySchema.ensure(c);

            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(withStaging(H2));
            assertThat(query(c, "SELECT JOB_NAME FROM BATCH_JOB_INSTANCE")).containsExactly("SCHEMABUILDJOB");
        }
    }

    /** Spring Batch's objects and schema-builder's staging table. */
    static List<String> withStaging(BatchSchemaScript script) {
        List<String> all = new ArrayList<>(script.objects());
        all.add(StagedTableSchema.TABLE);
        return all;
    }

    static List<String> objects(Connection c) throws SQLException {
        return query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()"
                + " UNION ALL SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
                + " AND SEQUENCE_NAME LIKE 'BATCH%'");
    }

    private static List<String> cachedSequences(Connection c) throws SQLException {
        return query(c, "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
                + " AND SEQUENCE_NAME LIKE 'BATCH%' AND CACHE > 1");
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Connection memory() throws SQLException {
        return JdbcDrivers.connect("jdbc:h2:mem:" + UUID.randomUUID(), credentials());
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }
}
