package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.remote.BrokerConnections;
import io.schemabuilder.batch.remote.BrokerUrl;
import io.schemabuilder.cli.process.RabbitBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * {@code amqps://}: the real RabbitMQ behind a {@link TlsRelay} (a TLS port of 127.0.0.1 in front of its plain 5672),
 * with certificates made for the test. A certificate in the trust store of {@code -Djavax.net.ssl.trustStore} is
 * trusted (here the system property is set in this JVM, as the option sets it); one that is not, or one whose names
 * do not include the host of the URL, fails the pre-flight check with one line naming TLS, exit 4.
 */
class AmqpsBrokerTest {
    /** A repository no run reaches: the broker check comes first, and a failing test leaves nothing behind. */
    private static final String REPOSITORY = "jdbc:postgresql://127.0.0.1:1/unused";
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private static RabbitBroker broker;
    /** Made for 127.0.0.1 and localhost. */
    private static TlsCertificate forLoopback;
    private static TlsRelay relay;
    /** Made for mq.example.com only. */
    private static TlsCertificate forAnotherHost;
    private static TlsRelay anotherHostsRelay;

    @BeforeAll
    static void brokerBehindTls() throws Exception {
        broker = RabbitBroker.withOwnVirtualHost("sb_amqps");
        forLoopback = TlsCertificate.make(dir.resolve("loopback"), "ip:127.0.0.1", "dns:localhost");
        relay = TlsRelay.start(forLoopback, RabbitBroker.PORT);
        forAnotherHost = TlsCertificate.make(dir.resolve("another"), "dns:mq.example.com");
        anotherHostsRelay = TlsRelay.start(forAnotherHost, RabbitBroker.PORT);
    }

    @AfterAll
    static void tearDown() {
        for (AutoCloseable each : new AutoCloseable[] {relay, anotherHostsRelay, broker}) {
            try {
                if (each != null) {
                    each.close();
                }
            } catch (Exception e) {
                // the others are closed anyway
            }
        }
    }

    @Test
    void aBrokerBehindTlsPassesThePreFlightCheckAndCarriesMessagesWhenItsCertificateIsTrusted() throws Exception {
        BrokerUrl url = BrokerUrl.parse("amqps://guest:guest@127.0.0.1:" + relay.port() + "/" + broker.vhost);
        int before = relay.connections();

        String received = trusting(forLoopback, () -> {
            BrokerCheck.check(url, HEARTBEAT);
            CachingConnectionFactory connections = BrokerConnections.factory(url, HEARTBEAT, "schema-builder test");
            try {
                new RabbitAdmin(connections).declareQueue(new Queue("tls-test", false, false, true));
                RabbitTemplate template = new RabbitTemplate(connections);
                template.convertAndSend("", "tls-test", "a request over TLS");
                return (String) template.receiveAndConvert("tls-test", 10_000);
            } finally {
                connections.destroy();
            }
        });

        assertThat(received).isEqualTo("a request over TLS");
        assertThat(relay.connections() - before).as("connections through the TLS port: the check's and the"
                + " template's").isEqualTo(2);
    }

    @Test
    void anUntrustedCertificateIsOneLineExit4SayingItIsNotTrusted() throws Exception {
        String url = "amqps://guest:Pw-hidden@127.0.0.1:" + relay.port() + "/" + broker.vhost;

        Cli.Result result = run("untrusted", url);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(result.err().strip()).isEqualTo("broker amqps://guest@127.0.0.1:" + relay.port() + "/"
                + broker.vhost + ": TLS: certificate not trusted (unable to find valid certification path to requested"
                + " target): no certificate authority of the JVM's trust store signed it; name a trust store holding"
                + " the broker's CA with SCHEMA_BUILDER_JAVA_OPTS=-Djavax.net.ssl.trustStore=FILE");
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsRefusedBecauseHostNamesAreVerified() throws Exception {
        String url = "amqps://127.0.0.1:" + anotherHostsRelay.port() + "/" + broker.vhost;

        Cli.Result result = trusting(forAnotherHost, () -> run("another", url));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(result.err().strip()).isEqualTo("broker amqps://guest@127.0.0.1:" + anotherHostsRelay.port() + "/"
                + broker.vhost + ": TLS: certificate does not name host 127.0.0.1 (No subject alternative names"
                + " matching IP address 127.0.0.1 found): host names are verified; connect by a name the certificate"
                + " holds");
    }

    @Test
    void amqpsToThePlainAmqpPortSaysThePortDoesNotSpeakTls() throws Exception {
        String url = "amqps://127.0.0.1:" + RabbitBroker.PORT + "/" + broker.vhost;

        Cli.Result result = run("plain", url);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(result.err().strip()).isEqualTo("broker amqps://guest@127.0.0.1:5672/" + broker.vhost + ": TLS:"
                + " handshake failed: port 5672 does not speak TLS (RabbitMQ's TLS port is usually 5671, amqps://'s"
                + " default)");
    }

    /** {@code run --broker URL} in a folder of its own. */
    private static Cli.Result run(String folder, String url) throws Exception {
        return Cli.run("run", "--config", OneCsvSource.config(dir.resolve(folder)).toString(), "--output-dir",
                dir.resolve(folder).resolve("out").toString(), "--broker", url, "--repository-url",
                REPOSITORY);
    }

    /**
     * Runs the task with the JVM trusting this certificate alone, as {@code -Djavax.net.ssl.trustStore} does (the
     * broker's TLS reads the property whenever it makes a connection factory).
     */
    private static <T> T trusting(TlsCertificate certificate, Callable<T> task) throws Exception {
        String store = System.getProperty("javax.net.ssl.trustStore");
        String password = System.getProperty("javax.net.ssl.trustStorePassword");
        System.setProperty("javax.net.ssl.trustStore", certificate.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", certificate.password());
        try {
            return task.call();
        } finally {
            restore("javax.net.ssl.trustStore", store);
            restore("javax.net.ssl.trustStorePassword", password);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
