package io.schemabuilder.batch.remote;

import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.security.KeyManagementException;
import java.security.KeyStoreException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/** Connections to the broker a {@link BrokerUrl} names, with the AMQP heartbeat that detects a dead peer. */
public final class BrokerConnections {
    /** How long a connection attempt may take before "unreachable". */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private BrokerConnections() {
    }

    /**
     * @param heartbeat the AMQP heartbeat: the broker closes the connection of a peer silent for about twice this
     *                  (a host that died without closing its sockets), which requeues its unacknowledged request
     * @param name      shown in the broker's management view (e.g. {@code schema-builder worker host:123})
     */
    public static CachingConnectionFactory factory(BrokerUrl url, Duration heartbeat, String name) {
        com.rabbitmq.client.ConnectionFactory rabbit = rabbit(url, heartbeat);
        CachingConnectionFactory factory = new CachingConnectionFactory(rabbit);
        factory.setConnectionNameStrategy(f -> name);
        // Each consumer thread and the publisher need a channel of their own; more are cached than used.
        factory.setChannelCacheSize(25);
        return factory;
    }

    /** The client's own factory (also for the pre-flight check, which needs no Spring). */
    public static com.rabbitmq.client.ConnectionFactory rabbit(BrokerUrl url, Duration heartbeat) {
        com.rabbitmq.client.ConnectionFactory rabbit = new com.rabbitmq.client.ConnectionFactory();
        rabbit.setHost(url.host());
        rabbit.setPort(url.port());
        rabbit.setVirtualHost(url.virtualHost());
        rabbit.setUsername(url.user());
        rabbit.setPassword(url.password());
        rabbit.setRequestedHeartbeat((int) Math.max(1, heartbeat.toSeconds()));
        rabbit.setConnectionTimeout((int) CONNECT_TIMEOUT.toMillis());
        rabbit.setHandshakeTimeout((int) CONNECT_TIMEOUT.toMillis());
        // Spring's listener containers recover themselves; the client's own recovery would compete with them.
        rabbit.setAutomaticRecoveryEnabled(false);
        if (url.tls()) {
            rabbit.useSslProtocol(systemTrust());
            rabbit.enableHostnameVerification();
        }
        return rabbit;
    }

    /** TLS that trusts what the JVM trusts (its cacerts, or -Djavax.net.ssl.trustStore). */
    private static SSLContext systemTrust() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((java.security.KeyStore) null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (NoSuchAlgorithmException | KeyStoreException | KeyManagementException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }
}
