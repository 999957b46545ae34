package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A failed source, the others written, and a restart that reads only the failed one. */
class RestartIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void restartReadsOnlyTheFailedSourceAndShowTellsWhichRunWroteEach() throws Exception {
        Demo.copyInto(dir);

        Launcher.Result failed = Launcher.run(dir, Map.of("SCHEMA_BUILDER_FAULT", "read:shop:4:fail"),
                "run", "--config", "sources.yml", "--output-dir", "out", "--chunk-size", "2");

        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.out()).contains("source shop: internal: injected fault at read 4");
        assertThat(dir.resolve("out/schemas/exports/schema.json")).exists();
        assertThat(dir.resolve("out/schemas/budget/schema.json")).exists();
        assertThat(dir.resolve("out/schemas/shop/schema.json")).doesNotExist();
        long failedId = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out())
                .get(0).get("id").asLong();
        long exportsModified = Files.getLastModifiedTime(dir.resolve("out/schemas/exports/schema.json")).toMillis();

        Launcher.Result restart = Launcher.run(dir, "restart", String.valueOf(failedId), "--config", "sources.yml",
                "--output-dir", "out");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(restart.out()).doesNotContain("source exports: started").doesNotContain("source budget: started");
        assertThat(Files.getLastModifiedTime(dir.resolve("out/schemas/exports/schema.json")).toMillis())
                .isEqualTo(exportsModified);
        long latestId = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out())
                .get(0).get("id").asLong();
        JsonNode shown = JSON.readTree(Launcher.run(dir, "show", "--json", String.valueOf(latestId),
                "--output-dir", "out").out());
        long restartId = shown.get("id").asLong();
        assertThat(shown.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(CrashRecoveryIT.source(shown, "exports").get("execution_id").asLong()).isEqualTo(failedId);
        assertThat(CrashRecoveryIT.source(shown, "shop").get("execution_id").asLong()).isEqualTo(restartId);
        // The first chunk (2 tables) was committed; the 4th read failed the second: the restart read the rest.
        int shopTables = JSON.readTree(dir.resolve("out/schemas/shop/schema.json").toFile())
                .get("metadata").get("total_tables").asInt();
        assertThat(CrashRecoveryIT.source(shown, "shop").get("tables_read").asInt()).isEqualTo(shopTables - 2);
    }
}
