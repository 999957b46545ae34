package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.SourceType;
import io.schemabuilder.types.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Where and how a JDBC source connects: the URL (given, or built from host, port and database; for the embedded
 * engines from the file path, opened read-only so that a wrong path never creates an empty database), the driver
 * properties, and which engine that is.
 *
 * @param engine the config type, or for {@code type: jdbc} the engine the URL names ({@code jdbc} if unknown)
 * @param file   the database file of an embedded engine, null otherwise
 */
public record JdbcTarget(String engine, String url, Properties properties, Path file) {

    public static JdbcTarget of(JdbcSourceConfig config) {
        String engine = config.type().equals("jdbc") ? engineOf(config.url()) : config.type();
        Properties properties = new Properties();
        properties.putAll(config.properties());
        if (config.username() != null) {
            properties.setProperty("user", config.username());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password().reveal());
        }
        int connectSeconds = (int) Math.max(1, config.connectTimeout().toSeconds());
        String url = config.url();
        Path file = null;
        switch (engine) {
            case "postgresql", "redshift" -> {
                properties.putIfAbsent("connectTimeout", String.valueOf(connectSeconds));
                properties.putIfAbsent("ApplicationName", "schema-builder");
                if (url == null) {
                    url = "jdbc:postgresql://" + config.host() + ":" + port(config) + "/" + nullToEmpty(config.database());
                }
            }
            case "mysql", "mariadb" -> {
                properties.putIfAbsent("connectTimeout", String.valueOf(connectSeconds * 1000));
                if (url == null) {
                    url = "jdbc:mariadb://" + config.host() + ":" + port(config) + "/" + nullToEmpty(config.database());
                } else if (url.startsWith("jdbc:mysql:")) {
                    properties.putIfAbsent("permitMysqlScheme", "true");
                }
            }
            case "sqlserver" -> {
                if (url == null) {
                    url = "jdbc:sqlserver://" + config.host() + ":" + port(config)
                            + (config.database() == null ? "" : ";databaseName=" + config.database());
                }
                properties.putIfAbsent("loginTimeout", String.valueOf(connectSeconds));
            }
            case "oracle" -> {
                if (url == null) {
                    url = "jdbc:oracle:thin:@//" + config.host() + ":" + port(config) + "/" + nullToEmpty(config.database());
                }
                properties.putIfAbsent("oracle.net.CONNECT_TIMEOUT", String.valueOf(connectSeconds * 1000));
            }
            case "snowflake" -> {
                if (url == null) {
                    String host = config.host() != null ? config.host() : config.account() + ".snowflakecomputing.com";
                    url = "jdbc:snowflake://" + host + "/";
                }
                putIfSet(properties, "db", config.database());
                putIfSet(properties, "warehouse", config.warehouse());
                putIfSet(properties, "role", config.role());
                properties.putIfAbsent("loginTimeout", String.valueOf(connectSeconds));
            }
            case "clickhouse" -> {
                if (url == null) {
                    url = "jdbc:clickhouse://" + config.host() + ":" + port(config) + "/" + nullToEmpty(config.database());
                }
                properties.putIfAbsent("connection_timeout", String.valueOf(connectSeconds * 1000));
            }
            case "sqlite" -> {
                file = url == null ? Path.of(config.database()) : filePart(url, "jdbc:sqlite:");
                url = url != null ? url : "jdbc:sqlite:" + file;
                properties.putIfAbsent("open_mode", "1");
            }
            case "duckdb" -> {
                file = url == null ? Path.of(config.database()) : filePart(url, "jdbc:duckdb:");
                url = url != null ? url : "jdbc:duckdb:" + file;
                properties.putIfAbsent("duckdb.read_only", "true");
            }
            case "h2" -> {
                if (url == null) {
                    String path = config.database().replaceFirst("\\.mv\\.db$", "");
                    file = Path.of(path + ".mv.db");
                    url = "jdbc:h2:file:" + path + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
                } else if (!isH2InMemory(url) && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
                    // H2 creates a missing database file on connect: a typo in a path must fail, not read nothing.
                    url = url + ";IFEXISTS=TRUE";
                }
            }
            default -> {
                if (url == null) {
                    throw new SourceException(config.name(), ErrorCategory.CONFIG, "a JDBC source needs a url");
                }
            }
        }
        return new JdbcTarget(engine, url, properties, file);
    }

    /** Fails with NOT_FOUND when an embedded engine's file is missing (the driver would create an empty one). */
    public void requireFile(String source) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new SourceException(source, ErrorCategory.NOT_FOUND, "database file " + file + " does not exist");
        }
    }

    /** The dialect the URL names, for {@code type: jdbc} without {@code dialect:}; null when unknown. */
    public Dialect dialect() {
        return SourceType.byConfigName(engine).map(SourceType::dialect).orElse(null);
    }

    /** The URL as messages show it: without its query part, which may hold credentials. */
    public String displayUrl() {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c, 5);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    static String engineOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String[][] prefixes = {{"jdbc:postgresql:", "postgresql"}, {"jdbc:redshift:", "redshift"},
                {"jdbc:mariadb:", "mariadb"}, {"jdbc:mysql:", "mysql"}, {"jdbc:sqlite:", "sqlite"},
                {"jdbc:duckdb:", "duckdb"}, {"jdbc:h2:", "h2"}, {"jdbc:sqlserver:", "sqlserver"},
                {"jdbc:oracle:", "oracle"}, {"jdbc:snowflake:", "snowflake"}, {"jdbc:clickhouse:", "clickhouse"},
                {"jdbc:ch:", "clickhouse"}};
        for (String[] prefix : prefixes) {
            if (lower.startsWith(prefix[0])) {
                return prefix[1];
            }
        }
        return "jdbc";
    }

    private static boolean isH2InMemory(String url) {
        return url.regionMatches(true, 0, "jdbc:h2:mem:", 0, "jdbc:h2:mem:".length());
    }

    private static Path filePart(String url, String prefix) {
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        rest = query < 0 ? rest : rest.substring(0, query);
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("memory:")) {
            return null;
        }
        return Path.of(rest.startsWith("file:") ? rest.substring(5) : rest);
    }

    private static int port(JdbcSourceConfig config) {
        return config.port() != null ? config.port()
                : SourceType.byConfigName(config.type()).map(SourceType::defaultPort).orElse(0);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null) {
            properties.putIfAbsent(key, value);
        }
    }
}
