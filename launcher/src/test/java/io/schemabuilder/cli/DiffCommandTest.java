package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;

    private static String schema(String generatedAt, String tables) {
        return """
                {
                  "source_name": "shop",
                  "source_type": "sqlite",
                  "generated_at": "%s",
                  "tables": {%s},
                  "sqlglot_schema": {},
                  "metadata": {}
                }
                """.formatted(generatedAt, tables);
    }

    private static final String ORDERS = """
            "main.orders": {"columns": {"id": {"type": "INTEGER", "nullable": false, "sqlglot_type": "DataType.Type.INT"},
              "total": {"type": "DECIMAL(10,2)", "nullable": true, "sqlglot_type": "DataType.Type.DECIMAL"}}}""";
    private static final String ORDERS_CHANGED = """
            "main.orders": {"columns": {"id": {"type": "BIGINT", "nullable": false, "sqlglot_type": "DataType.Type.BIGINT"},
              "note": {"type": "TEXT", "nullable": true, "sqlglot_type": "DataType.Type.TEXT"}}}""";
    private static final String USERS = """
            "main.users": {"columns": {"id": {"type": "INTEGER", "nullable": false, "sqlglot_type": "DataType.Type.INT"}}}""";

    @Test
    void diffListsTableAndColumnChangesAndFailOnChangeExitsFive() throws Exception {
        Path older = Files.writeString(dir.resolve("old.json"), schema("2025-01-01T00:00:00Z", ORDERS + "," + USERS));
        Path newer = Files.writeString(dir.resolve("new.json"), schema("2025-01-02T00:00:00Z", ORDERS_CHANGED));

        Cli.Result text = Cli.run("diff", older.toString(), newer.toString(), "--fail-on-change");

        assertThat(text.exitCode()).isEqualTo(ExitCodes.CHANGED);
        assertThat(text.out().lines()).containsExactly(
                "shop: - table main.users",
                "shop: + column main.orders.note TEXT null",
                "shop: - column main.orders.total DECIMAL(10,2) null",
                "shop: ~ column main.orders.id: INTEGER not null -> BIGINT not null");
        Cli.Result json = Cli.run("diff", older.toString(), newer.toString(), "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"old_generated_at\": \"2025-01-01T00:00:00Z\"")
                .contains("\"tables_removed\": [\n    \"main.users\"\n  ]");
    }

    @Test
    void identicalSchemasButForTheTimeAreNoChange() throws Exception {
        Path older = Files.writeString(dir.resolve("old.json"), schema("2025-01-01T00:00:00Z", ORDERS));
        Path newer = Files.writeString(dir.resolve("new.json"), schema("2025-01-02T00:00:00Z", ORDERS));

        Cli.Result result = Cli.run("diff", older.toString(), newer.toString(), "--fail-on-change");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("no changes");
    }
}
