package io.schemabuilder.cli;

import io.schemabuilder.batch.remote.BrokerUrl;
import io.schemabuilder.batch.remote.RemoteSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run whose partitions go to workers over the broker ({@code run}/{@code restart --broker}): what its context
 * needs besides the local settings. Checked before anything starts: the broker URL parses, the repository is a
 * PostgreSQL one (the workers read their partitions there and stage their tables there), the broker answers.
 */
record RemoteRun(BrokerUrl broker, Duration heartbeat, Map<String, Object> properties) {

    /** Null when no broker is given (option or environment): the run is local. */
    static RemoteRun of(BrokerOptions options, Duration workerTimeout, BatchApplication.Settings settings) {
        String given = options.given();
        if (given == null) {
            return null;
        }
        BrokerUrl url = brokerUrl(given);
        requireSharedRepository(settings, "--broker");
        if (workerTimeout.isNegative() || workerTimeout.isZero()) {
            throw new CommandFailure(ExitCodes.USAGE, "--worker-timeout must be more than 0");
        }
        Map<String, Object> properties = new LinkedHashMap<>(options.properties(given));
        properties.put(RemoteSettings.WORKER_TIMEOUT, String.valueOf(workerTimeout.toMillis()));
        return new RemoteRun(url, options.heartbeat, properties);
    }

    /** The broker, parsed; a usage error (exit 2) when the URL is not one. */
    static BrokerUrl brokerUrl(String given) {
        try {
            return BrokerUrl.parse(given);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--broker: " + e.getMessage());
        }
    }

    /** Remote runs share one job repository between hosts: PostgreSQL, not an H2 file in one output dir. */
    static void requireSharedRepository(BatchApplication.Settings settings, String option) {
        String repository = settings.repositoryUrl();
        if (repository == null || !repository.startsWith("jdbc:postgresql:")) {
            throw new CommandFailure(ExitCodes.USAGE, option + " needs a job repository that the manager and the"
                    + " workers share: --repository-url jdbc:postgresql://HOST/DB (or SCHEMA_BUILDER_REPOSITORY_URL)"
                    + (repository == null ? "" : ", not " + Repositories.describe(settings)));
        }
    }

    void checkBroker() {
        BrokerCheck.check(broker, heartbeat);
    }
}
