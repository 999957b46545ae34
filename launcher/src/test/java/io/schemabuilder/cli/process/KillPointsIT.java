package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 at several points of a run (while reading, after a chunk's write and before its commit, between the
 * temp schema file and its rename, between the rename and the assembled mark): at no point is a half-written
 * schema.json in place, and after `restart` every schema.json equals an uninterrupted run's (but for the time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillPointsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path reference;

    @BeforeAll
    void runUninterrupted() throws Exception {
        Demo.copyInto(reference);
        assertThat(Launcher.run(reference, "run", "--config", "sources.yml", "--output-dir", "out").exitCode()).isZero();
    }

    static Stream<String> killPoints() {
        return Stream.of("read:shop:2", "read:exports:3", "write:shop:1", "write:shop:3", "assemble-rename:shop:1",
                "assemble-mark:budget:1");
    }

    @ParameterizedTest(name = "kill -9 at {0}")
    @MethodSource("killPoints")
    void aRunKilledAtAnyPointRestartsToTheSameFiles(String point, @TempDir Path dir) throws Exception {
        Demo.copyInto(dir);
        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", point + ":pause"),
                "run", "--config", "sources.yml", "--output-dir", "out", "--chunk-size", "2");
        run.awaitLine("FAULT-PAUSE " + point.replace(':', ' '));
        run.kill9();

        for (String source : Demo.SOURCES) {
            Path file = dir.resolve("out/schemas").resolve(source).resolve("schema.json");
            if (Files.exists(file)) {
                JSON.readTree(file.toFile()); // whole, valid JSON: never half a file
            }
        }
        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", "out");

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(restart.out()).contains("recovered execution");
        for (String source : Demo.SOURCES) {
            assertThat(Demo.schemaWithoutTime(dir.resolve("out"), source)).as(source)
                    .isEqualTo(Demo.schemaWithoutTime(reference.resolve("out"), source));
        }
        try (var staging = Files.list(dir.resolve("out/.schema-builder/staging"))) {
            assertThat(staging.toList()).as("staging deleted once the run completed").isEmpty();
        }
    }
}
