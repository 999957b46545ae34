package io.schemabuilder.cli;

import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * What {@code run} and {@code restart} take to hand their partitions to workers: the broker ({@link BrokerOptions})
 * and how long a zone may go without a worker. Without a broker, the run is local.
 */
public class ManagerOptions extends BrokerOptions {

    @Option(names = "--worker-timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "With --broker: a source whose zone has had no worker for this long fails (default 5m).")
    Duration workerTimeout;

    /** The config: with {@code ${VAR}} left as written when workers read the sources (the manager needs no secret). */
    SchemaBuilderConfig loadConfig(CommonOptions options) {
        return given() == null ? options.loadConfig() : options.loadConfigUnresolved();
    }

    /** The remote side of the run, or null for a local run. */
    RemoteRun remote(BatchApplication.Settings settings) {
        return RemoteRun.of(this, workerTimeout, settings);
    }
}
