package io.schemabuilder.cli;

import io.schemabuilder.batch.remote.BrokerUrl;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * What went wrong in the TLS handshake with an {@code amqps://} broker, in words an operator can act on: the JDK
 * says "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: ..." for a
 * certificate it does not trust.
 */
final class BrokerTlsFailure {

    private BrokerTlsFailure() {
    }

    /** E.g. {@code TLS: certificate not trusted (...)}: the part after {@code broker URL: }. */
    static String describe(SSLException e, BrokerUrl url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException) {
                return "TLS: certificate not trusted (" + Repositories.rootMessage(t) + "): no certificate authority"
                        + " of the JVM's trust store signed it; name a trust store holding the broker's CA with"
                        + " SCHEMA_BUILDER_JAVA_OPTS=-Djavax.net.ssl.trustStore=FILE";
            }
            if (t instanceof CertPathValidatorException) { // e.g. expired
                return "TLS: certificate not valid (" + Repositories.rootMessage(t) + ")";
            }
            // The JDK's host name check (HostnameChecker) says "No subject alternative names matching ..." or
            // "No name matching ... found"; it has no exception type of its own.
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof CertificateException
                    && (message.startsWith("No subject alternative") || message.startsWith("No name matching"))) {
                return "TLS: certificate does not name host " + url.host() + " (" + message + "): host names"
                        + " are verified; connect by a name the certificate holds";
            }
        }
        String message = Repositories.rootMessage(e);
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "TLS: handshake failed: port " + url.port() + " does not speak TLS (RabbitMQ's TLS port is"
                    + " usually 5671, amqps://'s default)";
        }
        return "TLS: handshake failed: " + message;
    }
}
