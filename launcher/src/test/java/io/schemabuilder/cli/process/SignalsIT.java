package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIGTERM and SIGINT sent to a real run, as a scheduler's timeout or Ctrl-C would: the first stops the run after each
 * source's current chunk (STOPPED, restartable, exit 143 or 130), a second exits at once and the next command recovers
 * the run. The shop's chunks are made slow by the test fault hook, so that the signal comes mid-read.
 */
class SignalsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SLOW_SHOP = Map.of("SCHEMA_BUILDER_FAULT", "write:shop:1:slow");

    @TempDir
    static Path dir;

    @BeforeAll
    static void referenceRun() throws Exception {
        Demo.copyInto(dir);
        Launcher.Result reference = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "reference");
        assertThat(reference.exitCode()).as(reference.out()).isZero();
    }

    private static Launcher.Running slowRun(String outputDir) throws Exception {
        Launcher.Running run = Launcher.startWithSigint(dir, SLOW_SHOP, "run", "--config", "sources.yml", "--output-dir",
                outputDir, "--chunk-size", "1");
        run.awaitLine("FAULT-SLOW write shop 1");
        return run;
    }

    private static JsonNode latestRun(String outputDir) throws Exception {
        return JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", outputDir).out()).get(0);
    }

    private static void assertSameFilesAsTheReference(String outputDir) throws Exception {
        for (String source : Demo.SOURCES) {
            assertThat(Demo.schemaWithoutTime(dir.resolve(outputDir), source)).as(source)
                    .isEqualTo(Demo.schemaWithoutTime(dir.resolve("reference"), source));
        }
    }

    @Test
    void sigtermMidReadStopsTheRunWithExit143AndOneLineAndTheRestartCompletesIt() throws Exception {
        Launcher.Running run = slowRun("term");
        run.signal("TERM");
        Launcher.Result stopped = run.await();

        assertThat(stopped.exitCode()).as(stopped.out()).isEqualTo(143);
        JsonNode history = latestRun("term");
        long id = history.get("id").asLong();
        assertThat(stopped.out()).containsPattern("(?m)^run " + id + " STOPPED by SIGTERM after [0-9.]+ s: [0-2] of 3"
                + " sources written; resume with: schema-builder restart " + id + " --config \\S+sources.yml"
                + " --output-dir \\S+term$");
        assertThat(history.get("status").asString()).isEqualTo("STOPPED");
        assertThat(history.get("exit_code").asInt()).isEqualTo(143);
        assertThat(dir.resolve("term/schemas/shop/schema.json")).doesNotExist();

        Launcher.Result restart = Launcher.run(dir, "restart", String.valueOf(id), "--config", "sources.yml",
                "--output-dir", "term");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertSameFilesAsTheReference("term");
    }

    @Test
    void sigintStopsTheRunWithExit130() throws Exception {
        Launcher.Running run = slowRun("int");
        run.signal("INT");
        Launcher.Result stopped = run.await();

        assertThat(stopped.exitCode()).as(stopped.out()).isEqualTo(130);
        assertThat(stopped.out()).contains("STOPPED by SIGINT after").contains("resume with: schema-builder restart");
        assertThat(latestRun("int").get("exit_code").asInt()).isEqualTo(130);
    }

    @Test
    void aSecondSignalExitsAtOnceAndTheNextCommandRecoversTheRun() throws Exception {
        Launcher.Running run = slowRun("halt");
        run.signal("TERM");
        run.awaitLine("SIGTERM: stopping");
        run.signal("TERM");
        Launcher.Result halted = run.await();

        assertThat(halted.exitCode()).as(halted.out()).isEqualTo(143);
        assertThat(halted.out()).contains("SIGTERM again: exiting now").doesNotContain("STOPPED by SIGTERM");
        long id = latestRun("halt").get("id").asLong();

        Launcher.Result restart = Launcher.run(dir, "restart", String.valueOf(id), "--config", "sources.yml",
                "--output-dir", "halt");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(restart.out()).contains("recovered execution " + id);
        assertSameFilesAsTheReference("halt");
    }

    @Test
    void aSignalDuringAssemblyLetsTheSchemaFileBeWrittenWhole() throws Exception {
        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "assemble-rename:shop:1:slow"),
                "run", "--config", "sources.yml", "--output-dir", "assembly");
        run.awaitLine("FAULT-SLOW assemble-rename shop 1");
        run.signal("TERM");
        Launcher.Result result = run.await();

        assertThat(result.exitCode()).as(result.out()).isIn(0, 143);
        assertThat(Demo.schemaWithoutTime(dir.resolve("assembly"), "shop"))
                .isEqualTo(Demo.schemaWithoutTime(dir.resolve("reference"), "shop"));
        if (result.exitCode() == 143) {
            long id = latestRun("assembly").get("id").asLong();
            Launcher.Result restart = Launcher.run(dir, "restart", String.valueOf(id), "--config", "sources.yml",
                    "--output-dir", "assembly");
            assertThat(restart.exitCode()).as(restart.out()).isZero();
        }
        assertSameFilesAsTheReference("assembly");
    }
}
