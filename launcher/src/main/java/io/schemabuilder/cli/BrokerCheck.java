package io.schemabuilder.cli;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import io.schemabuilder.batch.remote.BrokerConnections;
import io.schemabuilder.batch.remote.BrokerUrl;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Connects once to the broker before anything else starts, so that a wrong address, password or vhost is one line
 * and exit 4 (as an unreachable job repository), not a failed run or a worker that retries forever.
 */
final class BrokerCheck {

    private BrokerCheck() {
    }

    static void check(BrokerUrl url, Duration heartbeat) {
        com.rabbitmq.client.ConnectionFactory factory = BrokerConnections.rabbit(url, heartbeat);
        factory.setExceptionHandler(new Silent()); // the failure is said once, below, not logged on the console
        try (Connection connection = factory.newConnection("schema-builder check")) {
            connection.getServerProperties();
        } catch (PossibleAuthenticationFailureException e) {
            throw failure("broker " + url + " refused user '" + url.user() + "': wrong user or password (credentials"
                    + " come from the URL or SCHEMA_BUILDER_BROKER_USER/SCHEMA_BUILDER_BROKER_PASSWORD)", e);
        } catch (IOException | TimeoutException | RuntimeException e) {
            throw failure("broker " + url + reason(e, url), e);
        }
    }

    private static CommandFailure failure(String line, Exception e) {
        return new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, line, e);
    }

    /** What follows "broker URL" in the line. */
    private static String reason(Exception e, BrokerUrl url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException shutdown && shutdown.getReason() != null) {
                String text = String.valueOf(shutdown.getMessage());
                if (text.contains("vhost") || text.contains("NOT_ALLOWED")) {
                    return " refused virtual host '" + url.virtualHost() + "': it does not exist or user '"
                            + url.user() + "' may not use it";
                }
            }
            if (t instanceof javax.net.ssl.SSLException tls) {
                return ": " + BrokerTlsFailure.describe(tls, url);
            }
        }
        return " is unreachable: " + Repositories.rootMessage(e);
    }

    /** No console warning for a connection that breaks during the check. */
    private static final class Silent extends com.rabbitmq.client.impl.ForgivingExceptionHandler {
        @Override
        public void handleUnexpectedConnectionDriverException(Connection connection, Throwable exception) {
        }
    }
}
