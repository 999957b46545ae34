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

    @Test
    void aDriverInTheDriversFolderIsFoundWithTheFastStartAndWithout() throws Exception {
        Path install = install();
        Path drivers = Files.createDirectories(install.resolve("drivers"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (jar.getFileName().toString().startsWith("derby")) {
                Files.copy(jar, drivers.resolve(jar.getFileName()));
            }
        }
        Path database = dir.resolve("legacy");
        createDerbyDatabase(database);
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: legacy
                    type: jdbc
                    url: jdbc:derby:%s
                    dialect: postgres
                """.formatted(database));

        Result fast = script(install, "run", "--config", "sources.yml", "--output-dir", "fast");
        Result plain = script(install, java.util.Map.of("SCHEMA_BUILDER_FAST_START", "off"),
                "run", "--config", "sources.yml", "--output-dir", "plain");

        for (Result run : List.of(fast, plain)) {
            assertThat(run.exitCode()).as(run.out()).isZero();
        }
        for (String out : List.of("fast", "plain")) {
            JsonNode schema = JSON.readTree(dir.resolve(out).resolve("schemas/legacy/schema.json").toFile());
            assertThat(schema.get("tables").get("APP.ORDERS").get("columns").propertyNames())
                    .containsExactly("ID", "NOTE");
        }
    }

    /** An embedded Derby database with one table, closed again so that another process may open it. */
    private static void createDerbyDatabase(Path database) throws Exception {
        System.setProperty("derby.stream.error.file", database.resolveSibling("derby.log").toString());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:derby:" + database + ";create=true");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(200))");
        }
        try {
            java.sql.DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (java.sql.SQLException shutDown) {
            // Derby reports a database it shut down as an exception (SQLState 08006).
            assertThat(shutDown.getSQLState()).isEqualTo("08006");
        }
    }

    private Path install() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt"));
        Files.copy(SCRIPT, install.resolve("schema-builder"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, install.resolve("schema-builder.jar"));
        return install;
    }

    private record Result(int exitCode, String out) {
    }

    private Result script(Path install, String... args) throws Exception {
        return script(install, java.util.Map.of(), args);
    }

    /** Runs the installed script; stdout only (stderr is the JVM's and the script's own). */
    private Result script(Path install, java.util.Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", install.resolve("schema-builder").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SCHEMA_BUILDER_JAVA_OPTS");
        builder.environment().remove("SCHEMA_BUILDER_FAST_START");
        builder.environment().putAll(environment);
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
