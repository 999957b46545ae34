package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The values of a source's {@code type}, and what each one reads. */
public enum SourceType {
    POSTGRESQL(Kind.SERVER, Dialect.POSTGRES, 5432),
    MYSQL(Kind.SERVER, Dialect.MYSQL, 3306),
    MARIADB(Kind.SERVER, Dialect.MYSQL, 3306),
    SQLSERVER(Kind.SERVER, Dialect.TSQL, 1433),
    ORACLE(Kind.SERVER, Dialect.ORACLE, 1521),
    SNOWFLAKE(Kind.SERVER, Dialect.SNOWFLAKE, 443),
    REDSHIFT(Kind.SERVER, Dialect.REDSHIFT, 5439),
    CLICKHOUSE(Kind.SERVER, Dialect.CLICKHOUSE, 8123),
    SQLITE(Kind.EMBEDDED, Dialect.SQLITE, 0),
    DUCKDB(Kind.EMBEDDED, Dialect.DUCKDB, 0),
    H2(Kind.EMBEDDED, Dialect.byName("h2").orElseThrow(), 0),
    JDBC(Kind.GENERIC_JDBC, null, 0),
    CSV(Kind.CSV, Dialect.DUCKDB, 0),
    EXCEL(Kind.EXCEL, Dialect.DUCKDB, 0);

    /** How a type is configured and read. */
    public enum Kind { SERVER, EMBEDDED, GENERIC_JDBC, CSV, EXCEL }

    private final Kind kind;
    private final Dialect dialect;
    private final int defaultPort;

    SourceType(Kind kind, Dialect dialect, int defaultPort) {
        this.kind = kind;
        this.dialect = dialect;
        this.defaultPort = defaultPort;
    }

    public Kind kind() {
        return kind;
    }

    /** Null for {@link #JDBC}, whose dialect comes from config or the driver. */
    public Dialect dialect() {
        return dialect;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The name as written in config. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceType> byConfigName(String name) {
        return Arrays.stream(values()).filter(t -> t.configName().equals(name)).findFirst();
    }

    public static String configNames() {
        return Arrays.stream(values()).map(SourceType::configName).collect(Collectors.joining("|"));
    }
}
