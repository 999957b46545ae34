package io.schemabuilder.cli;

import io.schemabuilder.batch.remote.RemoteSettings;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the broker is ({@code --broker}, else {@code SCHEMA_BUILDER_BROKER_URL}) and its heartbeat. */
public class BrokerOptions {

    @Option(names = "--broker", paramLabel = "URL",
            description = "The RabbitMQ broker that hands partitions to workers: amqp://[user[:password]@]host[:port][/vhost]"
                    + " (amqps:// for TLS; credentials also from SCHEMA_BUILDER_BROKER_USER/PASSWORD; default: env"
                    + " SCHEMA_BUILDER_BROKER_URL).")
    String broker;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "AMQP heartbeat (default 30s): a peer silent for about twice this is taken for dead and its"
                    + " partition goes to another worker.")
    Duration heartbeat;

    /**
     * The URL given (option, else environment), or null: then the command runs locally. (No method here names a
     * remote class: picocli reads this class's methods at every start, and a local run loads nothing remote.)
     */
    String given() {
        if (broker != null) {
            return broker;
        }
        String fromEnvironment = System.getenv("SCHEMA_BUILDER_BROKER_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    Map<String, Object> properties(String given) {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new CommandFailure(ExitCodes.USAGE, "--heartbeat must be more than 0");
        }
        return Map.of(RemoteSettings.BROKER_URL, given, RemoteSettings.HEARTBEAT, String.valueOf(heartbeat.toMillis()));
    }
}
