package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;
import java.time.Duration;
import java.util.Map;

/**
 * A database read over JDBC. Either {@code url} is given, or it is built from host, port and database
 * (for sqlite, duckdb and h2, {@code database} is the file path, resolved against the config file's folder).
 *
 * @param port       null: the engine's default port
 * @param password   null when none is configured
 * @param properties extra JDBC driver properties, passed as they are
 * @param account    Snowflake only
 * @param warehouse  Snowflake only
 * @param role       Snowflake only
 */
public record JdbcSourceConfig(String name, String type, Dialect dialect, String url, String host, Integer port,
                               String database, String username, Secret password, TableFilter filter,
                               Duration connectTimeout, Duration queryTimeout, int partitionThreshold,
                               Map<String, String> properties, String account, String warehouse, String role,
                               String zone)
        implements SourceConfig {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofMinutes(5);

    public JdbcSourceConfig {
        properties = Map.copyOf(properties);
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** In the default zone. */
    public JdbcSourceConfig(String name, String type, Dialect dialect, String url, String host, Integer port,
                            String database, String username, Secret password, TableFilter filter,
                            Duration connectTimeout, Duration queryTimeout, int partitionThreshold,
                            Map<String, String> properties, String account, String warehouse, String role) {
        this(name, type, dialect, url, host, port, database, username, password, filter, connectTimeout,
                queryTimeout, partitionThreshold, properties, account, warehouse, role, DEFAULT_ZONE);
    }

    /** A minimal config for a JDBC URL, with defaults for the rest: for tests and embedded use. */
    public static JdbcSourceConfig ofUrl(String name, String type, Dialect dialect, String url) {
        return new JdbcSourceConfig(name, type, dialect, url, null, null, null, null, null, TableFilter.ALL,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_QUERY_TIMEOUT, DEFAULT_TABLES_PER_PARTITION, Map.of(),
                null, null, null);
    }
}
