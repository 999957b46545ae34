package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code schema-builder} script gives: the remote roles (a {@code worker}; a manager, which is
 * {@code run}/{@code restart} with {@code --broker} or {@code SCHEMA_BUILDER_BROKER_URL}) compile with C1 only, a
 * local run keeps the JIT's default, and {@code SCHEMA_BUILDER_JAVA_OPTS} comes last, so that it wins. Read from
 * a stand-in {@code java} that prints its arguments.
 */
class ScriptJvmOptionsTest {
    private static final Path SCRIPT = Path.of("../schema-builder").toAbsolutePath().normalize();
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    private Path install;
    private Path javaHome;

    @BeforeEach
    void install() throws Exception {
        install = Files.createDirectories(dir.resolve("opt"));
        Files.copy(SCRIPT, install.resolve("schema-builder"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(install.resolve("schema-builder.jar"), "not read: the stand-in java prints its arguments");
        javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        Path java = Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void workersAndManagersCompileWithC1OnlyAndLocalCommandsKeepTheDefault() throws Exception {
        assertThat(jvmOptions(Map.of(), "worker", "--config", "sources.yml", "--broker", "amqp://mq/")).contains(C1_ONLY);
        assertThat(jvmOptions(Map.of(), "run", "--config", "sources.yml", "--broker", "amqp://mq/")).contains(C1_ONLY);
        assertThat(jvmOptions(Map.of(), "run", "--broker=amqp://mq/", "--config", "sources.yml")).contains(C1_ONLY);
        assertThat(jvmOptions(Map.of("SCHEMA_BUILDER_BROKER_URL", "amqp://mq/"), "restart", "7")).contains(C1_ONLY);

        assertThat(jvmOptions(Map.of(), "run", "--config", "sources.yml")).doesNotContain(C1_ONLY);
        assertThat(jvmOptions(Map.of(), "restart", "7")).doesNotContain(C1_ONLY);
        // The broker's URL set for the workers' sake does not make `history` or `check` a remote role.
        assertThat(jvmOptions(Map.of("SCHEMA_BUILDER_BROKER_URL", "amqp://mq/"), "history")).doesNotContain(C1_ONLY);
        // A source named "worker" is not the worker command.
        assertThat(jvmOptions(Map.of(), "run", "--sources", "worker")).doesNotContain(C1_ONLY);
    }

    @Test
    void theUsersJavaOptionsComeLastSoThatAWorkerCanTakeC2Back() throws Exception {
        List<String> options = jvmOptions(Map.of("SCHEMA_BUILDER_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx1g"),
                "worker", "--config", "sources.yml");

        assertThat(options).containsSubsequence(C1_ONLY, "-XX:TieredStopAtLevel=4", "-Xmx1g");
    }

    /** What the script passes to java before {@code -jar}. */
    private List<String> jvmOptions(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", install.resolve("schema-builder").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("SCHEMA_BUILDER_FAST_START", "off");
        builder.environment().remove("SCHEMA_BUILDER_JAVA_OPTS");
        builder.environment().remove("SCHEMA_BUILDER_BROKER_URL");
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).contains("-jar");
        return lines.subList(0, lines.indexOf("-jar"));
    }
}
