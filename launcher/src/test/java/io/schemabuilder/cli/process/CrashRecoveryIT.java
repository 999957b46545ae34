package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** kill -9 in the middle of a run, then recovery and restart, with the real jar. */
class CrashRecoveryIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aRunKilledBetweenAChunkWriteAndItsCommitIsRecoveredAndRestartedExactly() throws Exception {
        Demo.copyInto(dir);
        Launcher.Result reference = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "reference");
        assertThat(reference.exitCode()).as(reference.out()).isZero();

        // The shop's 2nd chunk of 3 tables is written and fsynced, not committed, when the process dies.
        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "write:shop:2:pause"),
                "run", "--config", "sources.yml", "--output-dir", "out", "--chunk-size", "3");
        run.awaitLine("FAULT-PAUSE write shop 2");
        run.kill9();

        JsonNode crashed = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out()).get(0);
        assertThat(crashed.get("status").asString()).isEqualTo("STARTED");
        assertThat(dir.resolve("out/schemas/shop/schema.json")).doesNotExist();

        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", "out");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(restart.out()).contains("recovered execution " + crashed.get("id").asLong());
        for (String source : Demo.SOURCES) {
            assertThat(Demo.schemaWithoutTime(dir.resolve("out"), source)).as(source)
                    .isEqualTo(Demo.schemaWithoutTime(dir.resolve("reference"), source));
        }
        int shopTables = JSON.readTree(dir.resolve("out/schemas/shop/schema.json").toFile())
                .get("metadata").get("total_tables").asInt();
        JsonNode restarted = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out()).get(0);
        JsonNode shop = source(restarted, "shop");
        assertThat(shop.get("execution_id").asLong()).isEqualTo(restarted.get("id").asLong());
        assertThat(shop.get("tables_read").asInt()).as("resumed after the committed chunk").isEqualTo(shopTables - 3);
    }

    @Test
    void aRunKilledBeforeTheSchemaFileRenameLeavesThePreviousFileAndTheRestartWritesIt() throws Exception {
        Demo.copyInto(dir);
        assertThat(Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "reference").exitCode()).isZero();
        // An older budget schema (one column typed otherwise), so that the next run has a new file to put in place.
        Path budget = dir.resolve("out/schemas/budget/schema.json");
        Files.createDirectories(budget.getParent());
        // (and a workbook of another size then, so that its tables are not reused as unchanged)
        Files.writeString(budget, Files.readString(dir.resolve("reference/schemas/budget/schema.json"))
                .replaceFirst("\"type\": \"BIGINT\"", "\"type\": \"VARCHAR\"")
                .replaceAll("\"size\": \\d+", "\"size\": 1"));
        byte[] before = Files.readAllBytes(budget);

        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "assemble-rename:budget:1:pause"),
                "run", "--config", "sources.yml", "--output-dir", "out");
        run.awaitLine("FAULT-PAUSE assemble-rename budget 1");
        run.kill9();

        assertThat(Files.readAllBytes(dir.resolve("out/schemas/budget/schema.json"))).isEqualTo(before);
        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", "out");
        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(Demo.schemaWithoutTime(dir.resolve("out"), "budget"))
                .isEqualTo(Demo.schemaWithoutTime(dir.resolve("reference"), "budget"));
        assertThat(dir.resolve("out/schemas/budget/changes.json")).content().contains("\"columns_changed\"");
        try (var files = Files.list(dir.resolve("out/schemas/budget"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left behind")
                    .noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void aSecondRunWhileOneIsInProgressExitsThreeNamingTheFirst() throws Exception {
        Demo.copyInto(dir);
        Launcher.Running first = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "read:shop:1:pause"),
                "run", "--config", "sources.yml", "--output-dir", "out");
        first.awaitLine("FAULT-PAUSE read shop 1");
        try {
            Launcher.Result second = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");

            assertThat(second.exitCode()).isEqualTo(3);
            assertThat(second.out()).contains("another run (pid " + first.pid() + ", started ").contains("is in progress");
        } finally {
            first.kill9();
        }
    }

    static JsonNode source(JsonNode run, String name) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("name").asString().equals(name)) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + run);
    }
}
