package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code run --broker} and {@code worker} say when the broker cannot be used: one line each, never the
 * password, exit 2 for what the command line got wrong and 4 for a broker that cannot be reached or refuses the
 * login (as for the job repository). Nothing starts: no Spring context, no run recorded.
 */
class BrokerErrorsTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    @Test
    void aUrlThatIsNotAnAmqpOneIsAUsageError() throws Exception {
        Cli.Result result = run("--broker", "http://etl:Pw-hidden@mq/prod", "--repository-url", PG);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("--broker: 'http://etl:***@mq/prod' is not an AMQP URL: expected"
                + " amqp://[user[:password]@]host[:port][/vhost] (amqps:// for TLS)");
    }

    @Test
    void aRemoteRunNeedsAPostgresRepositoryThatTheWorkersShare() throws Exception {
        for (String[] repository : new String[][] {{}, {"--repository-url", "jdbc:h2:file:/tmp/x"}}) {
            Cli.Result result = run(concat(new String[] {"--broker", "amqp://127.0.0.1:1/x"}, repository));
            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).startsWith("--broker needs a job repository that the manager and the workers"
                    + " share: --repository-url jdbc:postgresql://HOST/DB (or SCHEMA_BUILDER_REPOSITORY_URL)");
        }
        Cli.Result worker = Cli.run("worker", "--config", OneCsvSource.config(dir).toString(), "--broker",
                "amqp://127.0.0.1:1/x");
        assertThat(worker.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(worker.err()).startsWith("worker needs a job repository that the manager and the workers share");
    }

    @Test
    void anUnreachableBrokerIsExit4() throws Exception {
        Cli.Result result = run("--broker", "amqp://etl:Pw-hidden@127.0.0.1:1/prod", "--repository-url", PG);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(result.err().strip()).isEqualTo("broker amqp://etl@127.0.0.1:1/prod is unreachable: Connection refused");
    }

    @Test
    void aWrongPasswordOrAMissingVirtualHostIsOneLineExit4() throws Exception {
        requireBroker();
        Cli.Result password = run("--broker", "amqp://guest:Pw-hidden@127.0.0.1/", "--repository-url", PG);
        assertThat(password.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(password.err().strip()).isEqualTo("broker amqp://guest@127.0.0.1:5672 refused user 'guest': wrong"
                + " user or password (credentials come from the URL or SCHEMA_BUILDER_BROKER_USER/"
                + "SCHEMA_BUILDER_BROKER_PASSWORD)");
        Cli.Result vhost = Cli.run("worker", "--config", OneCsvSource.config(dir).toString(), "--output-dir",
                dir.resolve("out").toString(), "--broker", "amqp://127.0.0.1/sb-no-such-vhost", "--repository-url", PG);
        assertThat(vhost.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(vhost.err().strip()).isEqualTo("broker amqp://guest@127.0.0.1:5672/sb-no-such-vhost refused virtual"
                + " host 'sb-no-such-vhost': it does not exist or user 'guest' may not use it");
    }

    @Test
    void aWorkerNeedsABrokerAndValidZones() throws Exception {
        String config = OneCsvSource.config(dir).toString();
        Cli.Result none = Cli.run("worker", "--config", config, "--repository-url", PG);
        if (System.getenv("SCHEMA_BUILDER_BROKER_URL") == null) {
            assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(none.err().strip()).isEqualTo("missing --broker URL (or SCHEMA_BUILDER_BROKER_URL)");
        }
        Cli.Result zone = Cli.run("worker", "--config", config, "--repository-url", PG, "--broker",
                "amqp://127.0.0.1/x", "--zones", "a,b c");
        assertThat(zone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zone.err().strip()).isEqualTo("--zones: a zone must match [A-Za-z0-9_-]+, got 'b c'");
    }

    private Cli.Result run(String... options) throws Exception {
        return Cli.run(concat(new String[] {"run", "--config", OneCsvSource.config(dir).toString(), "--output-dir",
                dir.resolve("out").toString()}, options));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void requireBroker() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
        } catch (java.io.IOException e) {
            String message = "RabbitMQ is not reachable at 127.0.0.1:5672; test skipped";
            if (RealServices.required()) {
                throw new AssertionError("SCHEMA_BUILDER_IT=required but " + message, e);
            }
            Assumptions.abort(message);
        }
    }
}
