package io.schemabuilder.types;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sqlglot dialects whose type grammar this module reproduces. */
public enum Dialect {
    POSTGRES("postgres"),
    MYSQL("mysql"),
    SQLITE("sqlite"),
    DUCKDB("duckdb"),
    SNOWFLAKE("snowflake"),
    BIGQUERY("bigquery"),
    TSQL("tsql"),
    ORACLE("oracle"),
    REDSHIFT("redshift"),
    CLICKHOUSE("clickhouse"),
    TRINO("trino"),
    DATABRICKS("databricks");

    /**
     * Config source types (and other common names) that are not themselves a sqlglot dialect name.
     * H2 has no sqlglot dialect; its catalog speaks SQL-standard type names (CHARACTER VARYING,
     * TIMESTAMP WITH TIME ZONE, INTEGER ARRAY), which PostgreSQL's grammar reads closest.
     */
    private static final Map<String, Dialect> ALIASES = Map.ofEntries(
            Map.entry("postgresql", POSTGRES),
            Map.entry("mariadb", MYSQL),
            Map.entry("sqlserver", TSQL),
            Map.entry("mssql", TSQL),
            Map.entry("h2", POSTGRES),
            Map.entry("csv", DUCKDB),
            Map.entry("excel", DUCKDB),
            Map.entry("xls", DUCKDB),
            Map.entry("spark", DATABRICKS));

    private final String sqlglotName;

    Dialect(String sqlglotName) {
        this.sqlglotName = sqlglotName;
    }

    /** The dialect's name in sqlglot ({@code read="postgres"}), also what schema.json consumers pass to MappingSchema. */
    public String sqlglotName() {
        return sqlglotName;
    }

    /** A sqlglot dialect name or a known alias (config source types such as {@code postgresql}, {@code h2}), any case. */
    public static Optional<Dialect> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.sqlglotName.equals(key))
                .findFirst()
                .or(() -> Optional.ofNullable(ALIASES.get(key)));
    }

    /** Every name {@link #byName} accepts, for messages that list them. */
    public static String acceptedNames() {
        var names = new java.util.TreeSet<String>(ALIASES.keySet());
        Arrays.stream(values()).map(Dialect::sqlglotName).forEach(names::add);
        return String.join(", ", names);
    }
}
