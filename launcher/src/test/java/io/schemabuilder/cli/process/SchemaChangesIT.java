package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted sequence of DDL on the real PostgreSQL between nightly runs, and the changes.json each run writes. */
class SchemaChangesIT {
    private final String schema = RealServices.uniqueName("sb_changes");

    @TempDir
    Path dir;

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Launcher.Result run() throws Exception {
        return Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");
    }

    private String changes() throws Exception {
        return Files.readString(dir.resolve("out/schemas/warehouse/changes.json"))
                .replaceAll("\"(old|new)_generated_at\": \"[^\"]+\"", "\"$1_generated_at\": \"<time>\"")
                .replace(schema + ".", "<schema>.");
    }

    @Test
    void eachRunWritesWhatChangedSinceThePreviousOne() throws Exception {
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: warehouse
                    type: postgresql
                    host: 127.0.0.1
                    database: test
                    username: postgres
                    db_schema: %s
                """.formatted(schema));
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "CREATE SCHEMA " + schema,
                    "CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, total numeric(10,2), note text)",
                    "CREATE TABLE " + schema + ".legacy (id int)");
            assertThat(run().exitCode()).isZero();
            assertThat(dir.resolve("out/schemas/warehouse/changes.json")).doesNotExist();

            RealServices.execute(c,
                    "ALTER TABLE " + schema + ".orders ADD COLUMN placed_at timestamptz",
                    "ALTER TABLE " + schema + ".orders ALTER COLUMN total TYPE numeric(12,2)",
                    "ALTER TABLE " + schema + ".orders ALTER COLUMN note SET NOT NULL",
                    "ALTER TABLE " + schema + ".orders RENAME COLUMN id TO order_id",
                    "DROP TABLE " + schema + ".legacy",
                    "CREATE TABLE " + schema + ".refunds (order_id int, amount numeric(10,2))");
            Launcher.Result second = run();

            assertThat(second.out()).contains("source warehouse: done: 2 tables, 6 columns")
                    .contains("(changed: +1 table, -1 table, +2 columns, -1 column, 2 columns changed)");
            Golden.assertMatches("changes/postgres-ddl.json", changes());

            Launcher.Result third = run();
            assertThat(third.out()).contains("(unchanged)");
            try (var versions = Files.list(dir.resolve("out/schemas/warehouse/history"))) {
                assertThat(versions.count()).isEqualTo(2);
            }
        }
    }
}
