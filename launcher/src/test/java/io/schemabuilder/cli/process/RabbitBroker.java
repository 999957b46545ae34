package io.schemabuilder.cli.process;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.schemabuilder.testsupport.RealServices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real RabbitMQ of the process tests (127.0.0.1:5672, guest/guest): each test class gets a virtual host of its
 * own, made and deleted with {@code rabbitmqctl} (run as root, as in CI). Skipped with a message when the broker or
 * rabbitmqctl is missing, unless {@code SCHEMA_BUILDER_IT=required}: then the test fails.
 */
public final class RabbitBroker implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5672;

    public final String vhost;

    private RabbitBroker(String vhost) {
        this.vhost = vhost;
    }

    /** A new virtual host that guest may use, or the test is skipped (failed when required). */
    public static RabbitBroker withOwnVirtualHost(String prefix) throws Exception {
        String problem = null;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2000);
        } catch (IOException e) {
            problem = "RabbitMQ is not reachable at " + HOST + ":" + PORT + " (" + e.getMessage() + ")";
        }
        String vhost = RealServices.uniqueName(prefix);
        if (problem == null) {
            problem = rabbitmqctl("add_vhost", vhost);
        }
        if (problem == null) {
            problem = rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
        }
        if (problem != null) {
            String message = problem + "; integration test skipped. Set SCHEMA_BUILDER_IT=required to make this a"
                    + " failure.";
            if (RealServices.required()) {
                throw new AssertionError("SCHEMA_BUILDER_IT=required but " + message);
            }
            Assumptions.abort(message);
        }
        return new RabbitBroker(vhost);
    }

    /** amqp URL of this virtual host, with guest's password (as a deployment would give it). */
    String url() {
        return "amqp://guest:guest@" + HOST + ":" + PORT + "/" + vhost;
    }

    /** A URL without credentials: the broker's user and password then come from the environment (or guest). */
    String urlWithoutCredentials() {
        return "amqp://" + HOST + ":" + PORT + "/" + vhost;
    }

    Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setVirtualHost(vhost);
        return factory.newConnection("schema-builder test");
    }

    /**
     * A queue bound to the partitions' exchange for these zones: it receives a copy of every request sent to them,
     * for the test to read.
     */
    void tap(String queue, String exchange, String... zones) throws Exception {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, "direct", true);
            channel.queueDeclare(queue, true, false, false, null);
            for (String zone : zones) {
                channel.queueBind(queue, exchange, zone);
            }
        }
    }

    /** Every message in the queue (taken from it): its body and its headers, as text. */
    List<String> drain(String queue) throws Exception {
        List<String> messages = new ArrayList<>();
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            for (GetResponse response = channel.basicGet(queue, true); response != null;
                 response = channel.basicGet(queue, true)) {
                messages.add(new String(response.getBody(), StandardCharsets.UTF_8) + " "
                        + response.getProps().getHeaders() + " " + response.getProps());
            }
        }
        return messages;
    }

    /** How many messages wait in the queue. */
    long messages(String queue) throws Exception {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    @Override
    public void close() {
        rabbitmqctl("delete_vhost", vhost);
    }

    /** Null when it worked, else what went wrong. */
    private static String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "rabbitmqctl " + String.join(" ", arguments) + " did not end within a minute";
            }
            return process.exitValue() == 0 ? null : "rabbitmqctl " + String.join(" ", arguments) + " failed: "
                    + output.strip();
        } catch (IOException e) {
            return "rabbitmqctl is not available (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
