package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job repository in the real PostgreSQL: tables created on first use, restart and history work the same. */
class PostgresRepositoryIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private String schema;
    private String url;

    @BeforeEach
    void createSchemaName() {
        schema = RealServices.uniqueName("sb_repo");
        url = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aFailedRunIsRestartedFromThePostgresRepositoryAndListedInItsHistory() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            connection.isValid(1);
        }
        Demo.copyInto(dir);

        Launcher.Result failed = Launcher.run(dir, Map.of("SCHEMA_BUILDER_FAULT", "read:exports:2:fail"), "run",
                "--config", "sources.yml", "--output-dir", "out", "--repository-url", url, "--chunk-size", "1");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);

        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", "out",
                "--repository-url", url);
        assertThat(restart.exitCode()).as(restart.out()).isZero();

        JsonNode history = JSON.readTree(Launcher.run(dir, "history", "--json", "--repository-url", url,
                "--output-dir", "out").out());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(history.get(1).get("status").asString()).isEqualTo("FAILED");
        assertThat(history.get(0).get("instance_id").asLong()).isEqualTo(history.get(1).get("instance_id").asLong());
        try (Connection connection = RealServices.postgres();
             ResultSet tables = connection.getMetaData().getTables(null, schema, "batch_job_execution", null)) {
            assertThat(tables.next()).as("tables in their own schema " + schema).isTrue();
        }
    }
}
