package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code schema-builder} script as installed on a server (script and jar side by side): it makes its fast-start
 * files once, runs from them with the same results as the jar, and never lets the JVM's messages about the archive
 * reach stdout, which {@code --json} output owns.
 */
class FastStartIT {
    private static final Path SCRIPT = Path.of("../schema-builder").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("schema-builder.jar", "target/schema-builder.jar"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void installedScriptMakesItsArchiveOnceAndWritesWhatTheJarWrites() throws Exception {
        Path install = install();
        Demo.copyInto(dir);

        Result run = script(install, "run", "--config", "sources.yml", "--output-dir", "out");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(install.resolve("schema-builder.fast/schema-builder.jsa")).isNotEmptyFile();
        assertThat(install.resolve("schema-builder.fast/stamp")).isNotEmptyFile();
        for (String source : Demo.SOURCES) {
            Golden.assertMatches("demo/" + source + ".schema.json", Demo.schemaWithoutTime(dir.resolve("out"), source));
        }
        JsonNode history = JSON.readTree(script(install, "history", "--json", "--output-dir", "out").out());
        assertThat(history.get(0).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void anArchiveTheJavaCannotMapLeavesJsonOutputClean() throws Exception {
        Path install = install();
        Demo.copyInto(dir);
        assertThat(script(install, "run", "--config", "sources.yml", "--output-dir", "out").exitCode()).isZero();
        Path archive = install.resolve("schema-builder.fast/schema-builder.jsa");
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[64], StandardOpenOption.WRITE); // its header: not an archive any more

        Result history = script(install, "history", "--json", "--output-dir", "out");

        assertThat(history.exitCode()).as(history.out()).isZero();
        assertThat(JSON.readTree(history.out()).get(0).get("status").asString()).isEqualTo("COMPLETED");
    }

    private Path install() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt"));
        Files.copy(SCRIPT, install.resolve("schema-builder"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, install.resolve("schema-builder.jar"));
        return install;
    }

    private record Result(int exitCode, String out) {
    }

    /** Runs the installed script; stdout only (stderr is the JVM's and the script's own). */
    private Result script(Path install, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", install.resolve("schema-builder").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SCHEMA_BUILDER_JAVA_OPTS");
        builder.environment().remove("SCHEMA_BUILDER_FAST_START");
        Process process = builder.start();
        String out;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            out = reader.lines().collect(Collectors.joining("\n"));
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not end within 5 minutes");
        }
        return new Result(process.exitValue(), out);
    }
}
