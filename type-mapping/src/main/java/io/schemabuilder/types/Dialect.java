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
     *
     * <p>H2 has no sqlglot dialect. Its catalog speaks SQL-standard type names (CHARACTER VARYING(255),
     * TIMESTAMP WITH TIME ZONE, DOUBLE PRECISION, INTERVAL DAY TO SECOND), and PostgreSQL's grammar reads them
     * closest: of 31 type names H2 2.x reports, sqlglot's postgres dialect gives the intended member for 24, as many
     * as duckdb and oracle and more than mysql, tsql (TIMESTAMP is ROWVERSION there), snowflake or databricks; trino
     * gets 25 but has no user-defined types, so H2's own names (VARCHAR_IGNORECASE, ROW) become UNKNOWN there
     * instead of USERDEFINED. H2 also has a PostgreSQL compatibility mode. In every dialect sqlglot reads
     * CHARACTER LARGE OBJECT as CHAR and {@code INTEGER ARRAY} (no brackets) as INT; the catalog query can spell
     * these CLOB and {@code INTEGER[]} where that matters.
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
