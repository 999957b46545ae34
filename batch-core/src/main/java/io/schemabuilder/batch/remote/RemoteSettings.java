package io.schemabuilder.batch.remote;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The remote contexts' properties, set by the launcher's commands: {@code schema-builder.broker.url} (with its
 * password: it is only in this process's memory), {@code schema-builder.broker.heartbeat},
 * {@code schema-builder.worker-timeout} (manager), {@code schema-builder.worker.zones} and
 * {@code schema-builder.parallel} (worker).
 */
public record RemoteSettings(BrokerUrl broker, Duration heartbeat, Duration workerTimeout, List<String> zones,
                             int parallel) {
    public static final String BROKER_URL = "schema-builder.broker.url";
    public static final String HEARTBEAT = "schema-builder.broker.heartbeat";
    public static final String WORKER_TIMEOUT = "schema-builder.worker-timeout";
    public static final String ZONES = "schema-builder.worker.zones";
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WORKER_TIMEOUT = Duration.ofMinutes(5);

    static RemoteSettings from(Environment environment) {
        BrokerUrl broker = BrokerUrl.parse(environment.getRequiredProperty(BROKER_URL));
        Duration heartbeat = Duration.ofMillis(environment.getProperty(HEARTBEAT, Long.class,
                DEFAULT_HEARTBEAT.toMillis()));
        Duration timeout = Duration.ofMillis(environment.getProperty(WORKER_TIMEOUT, Long.class,
                DEFAULT_WORKER_TIMEOUT.toMillis()));
        List<String> zones = Arrays.stream(environment.getProperty(ZONES, io.schemabuilder.source.config.SourceConfig.DEFAULT_ZONE).split(","))
                .map(String::strip).filter(z -> !z.isEmpty()).distinct().toList();
        int parallel = environment.getProperty("schema-builder.parallel", Integer.class, 4);
        return new RemoteSettings(broker, heartbeat, timeout, zones, Math.max(1, parallel));
    }
}
