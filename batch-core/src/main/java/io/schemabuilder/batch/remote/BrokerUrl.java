package io.schemabuilder.batch.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the RabbitMQ broker is: {@code amqp://[user[:pass]@]host[:port][/vhost]}, {@code amqps://} for TLS (the
 * system trust store, host name verified). Credentials missing from the URL come from
 * {@code SCHEMA_BUILDER_BROKER_USER} / {@code SCHEMA_BUILDER_BROKER_PASSWORD}, else guest/guest (RabbitMQ's
 * default, which only works from localhost). The password is never part of {@link #toString()}: that is what
 * messages, logs and job parameters may show.
 */
public record BrokerUrl(boolean tls, String host, int port, String virtualHost, String user, String password) {
    public static final String USER_ENV = "SCHEMA_BUILDER_BROKER_USER";
    public static final String PASSWORD_ENV = "SCHEMA_BUILDER_BROKER_PASSWORD";
    /** The default of {@code --broker}. */
    public static final String URL_ENV = "SCHEMA_BUILDER_BROKER_URL";

    public static BrokerUrl parse(String url) {
        return parse(url, System.getenv());
    }

    /**
     * @throws IllegalArgumentException with a one-line reason that never holds the password
     */
    public static BrokerUrl parse(String url, Map<String, String> environment) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the broker URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + withoutPassword(url) + "' is not a URL ("
                    + e.getReason() + "); expected amqp://[user[:password]@]host[:port][/vhost]");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
            throw new IllegalArgumentException("'" + withoutPassword(url)
                    + "' is not an AMQP URL: expected amqp://[user[:password]@]host[:port][/vhost] (amqps:// for TLS)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("'" + withoutPassword(url) + "' names no host: expected "
                    + scheme + "://[user[:password]@]host[:port][/vhost]");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("'" + withoutPassword(url)
                    + "': query parameters are not supported (heartbeat: --heartbeat)");
        }
        boolean tls = scheme.equals("amqps");
        int port = uri.getPort() < 0 ? (tls ? 5671 : 5672) : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.contains("/")) {
            throw new IllegalArgumentException("'" + withoutPassword(url)
                    + "': a virtual host holding '/' must be written %2F");
        }
        // amqp://host/ and amqp://host name RabbitMQ's default vhost "/" (the AMQP URI spec says "" for the former).
        String vhost = path.isEmpty() ? "/" : decode(path);
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (user == null || user.isEmpty()) {
            user = environment.getOrDefault(USER_ENV, "guest");
        }
        if (password == null) {
            password = environment.getOrDefault(PASSWORD_ENV, user.equals("guest") ? "guest" : "");
        }
        return new BrokerUrl(tls, uri.getHost(), port, vhost, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** What a message may say of a URL that did not parse: anything between ':' and '@' is hidden. */
    static String withoutPassword(String url) {
        return url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@");
    }

    /** The URL without its password, e.g. {@code amqps://etl@mq.example.com:5671/prod}. */
    @Override
    public String toString() {
        String vhostPart = virtualHost.equals("/") ? "" : "/" + java.net.URLEncoder.encode(virtualHost,
                StandardCharsets.UTF_8);
        return (tls ? "amqps" : "amqp") + "://" + user + "@" + host + ":" + port + vhostPart;
    }
}
