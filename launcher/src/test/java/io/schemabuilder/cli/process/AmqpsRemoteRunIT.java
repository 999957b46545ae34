package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.cli.OneCsvSource;
import io.schemabuilder.cli.TlsCertificate;
import io.schemabuilder.cli.TlsRelay;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote run over {@code amqps://} as the README tells it: the {@code schema-builder} script installed beside the
 * jar, the broker's CA given with {@code SCHEMA_BUILDER_JAVA_OPTS=-Djavax.net.ssl.trustStore=...}, the broker's URL
 * and credentials from the environment. The broker is the real RabbitMQ behind a {@link TlsRelay} (its only TLS
 * port, with a certificate made for 127.0.0.1), the job repository a PostgreSQL schema of this test.
 */
class AmqpsRemoteRunIT {
    private static final Path SCRIPT = Path.of("../schema-builder").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("schema-builder.jar", "target/schema-builder.jar"));

    @TempDir
    Path dir;

    private RabbitBroker broker;
    private TlsCertificate certificate;
    private TlsRelay relay;
    private String repositorySchema;
    private Launcher.Running worker;

    @BeforeEach
    void brokerBehindTls() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            repositorySchema = RealServices.uniqueName("sb_amqps_repo");
        }
        broker = RabbitBroker.withOwnVirtualHost("sb_amqps_run");
        certificate = TlsCertificate.make(dir.resolve("tls"), "ip:127.0.0.1", "dns:localhost");
        relay = TlsRelay.start(certificate, RabbitBroker.PORT);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (worker != null) {
            worker.kill9();
        }
        if (relay != null) {
            relay.close();
        }
        if (broker != null) {
            broker.close();
        }
        Files.deleteIfExists(dir.resolve("opt/schema-builder.jar")); // the link, before JUnit warns of it
        if (repositorySchema != null) {
            try (Connection connection = RealServices.postgres()) {
                RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + repositorySchema + " CASCADE");
            }
        }
    }

    @Test
    void aManagerAndAWorkerTrustingTheBrokersCertificateRunOverAmqps() throws Exception {
        Path install = install();
        for (String home : List.of("manager", "worker")) {
            OneCsvSource.config(dir.resolve(home));
        }
        String repositoryUrl = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema="
                + repositorySchema;
        String brokerUrl = "amqps://127.0.0.1:" + relay.port() + "/" + broker.vhost;
        Map<String, String> environment = Map.of(
                "SCHEMA_BUILDER_JAVA_OPTS", certificate.trustOptions() + " -Xmx256m",
                "SCHEMA_BUILDER_BROKER_URL", brokerUrl,
                "SCHEMA_BUILDER_BROKER_USER", "guest",
                "SCHEMA_BUILDER_BROKER_PASSWORD", "guest",
                "SCHEMA_BUILDER_REPOSITORY_URL", repositoryUrl);

        worker = script(install, dir.resolve("worker"), environment, "worker", "--config", "sources.yml",
                "--output-dir", "out", "--name", "tls-worker");
        worker.awaitLine("worker tls-worker serving");
        Launcher.Result run = script(install, dir.resolve("manager"), environment, "run", "--config", "sources.yml",
                "--output-dir", "out").awaitWithin(180);

        assertThat(run.exitCode()).as(run.out() + "\nworker:\n" + String.join("\n", worker.lines())).isZero();
        assertThat(run.out()).contains("source files: started (csv) on worker tls-worker", "run 1 COMPLETED");
        assertThat(dir.resolve("manager/out/schemas/files/schema.json")).isNotEmptyFile();
        assertThat(worker.lines()).anyMatch(l -> l.equals("worker tls-worker serving zone default from amqps://guest@"
                + "127.0.0.1:" + relay.port() + "/" + broker.vhost + " (4 at once); SIGTERM or Ctrl-C stops it"));
        assertThat(relay.connections()).as("the checks' and the contexts' connections, all over TLS")
                .isGreaterThanOrEqualTo(4);
    }

    /** The script and the jar side by side, as installed on a server (the jar linked, not copied: 170 MB). */
    private Path install() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt"));
        Files.copy(SCRIPT, install.resolve("schema-builder"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(install.resolve("schema-builder.jar"), JAR.toAbsolutePath());
        return install;
    }

    /**
     * The installed script, without its fast start (whose training run would cost more than the test): it runs
     * {@code java ... $SCHEMA_BUILDER_JAVA_OPTS -jar schema-builder.jar}, the same options as with it.
     */
    private static Launcher.Running script(Path install, Path workDir, Map<String, String> environment,
                                           String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", install.resolve("schema-builder").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SCHEMA_BUILDER_") && !name.equals(
                "SCHEMA_BUILDER_IT"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SCHEMA_BUILDER_FAST_START", "off");
        builder.environment().putAll(environment);
        return new Launcher.Running(builder.start());
    }
}
