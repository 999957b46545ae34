package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `stop` from another process while a run is in progress, then `restart`, with the real jar. */
class StopIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aRunStoppedFromAnotherProcessEndsStoppedAfterItsCurrentChunkAndARestartReadsOnlyTheRest()
            throws Exception {
        Demo.copyInto(dir);
        Launcher.Result reference = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "reference");
        assertThat(reference.exitCode()).as(reference.out()).isZero();

        // The shop's 10 chunks of one table each take two seconds more: the run is still reading it when `stop`
        // comes (history and stop are two JVM starts).
        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "write:shop:1:slow"),
                "run", "--config", "sources.yml", "--output-dir", "out", "--chunk-size", "1");
        run.awaitLine("FAULT-SLOW write shop 1");
        JsonNode running = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out()).get(0);
        assertThat(running.get("status").asString()).isEqualTo("STARTED");
        long id = running.get("id").asLong();

        Launcher.Result stop = Launcher.run(dir, "stop", String.valueOf(id), "--output-dir", "out");
        Launcher.Result stopped = run.await();

        assertThat(stop.exitCode()).as(stop.out()).isZero();
        assertThat(stop.out()).contains("stopping run " + id);
        assertThat(stopped.exitCode()).as(stopped.out()).isEqualTo(1);
        assertThat(stopped.out()).contains("run " + id + " STOPPED");
        assertThat(dir.resolve("out/schemas/shop/schema.json")).doesNotExist();
        JsonNode afterStop = JSON.readTree(Launcher.run(dir, "show", "--json", String.valueOf(id),
                "--output-dir", "out").out());
        assertThat(afterStop.get("status").asString()).isEqualTo("STOPPED");
        int shopCommitted = CrashRecoveryIT.source(afterStop, "shop").get("tables_written").asInt();
        int shopTables = JSON.readTree(dir.resolve("reference/schemas/shop/schema.json").toFile())
                .get("metadata").get("total_tables").asInt();
        assertThat(shopCommitted).isPositive().isLessThan(shopTables);

        Launcher.Result restart = Launcher.run(dir, "restart", String.valueOf(id), "--config", "sources.yml",
                "--output-dir", "out");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        long restartId = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out())
                .get(0).get("id").asLong();
        JsonNode restarted = JSON.readTree(Launcher.run(dir, "show", "--json", String.valueOf(restartId),
                "--output-dir", "out").out());
        assertThat(CrashRecoveryIT.source(restarted, "shop").get("tables_read").asInt())
                .isEqualTo(shopTables - shopCommitted);
        for (String source : Demo.SOURCES) {
            assertThat(Demo.schemaWithoutTime(dir.resolve("out"), source)).as(source)
                    .isEqualTo(Demo.schemaWithoutTime(dir.resolve("reference"), source));
        }
    }
}
