package io.schemabuilder.source.jdbc;

import io.schemabuilder.types.Dialect;
import java.util.Locale;
import java.util.Map;

/**
 * The dialect of a driver's {@code DatabaseMetaData.getDatabaseProductName()}, for {@code type: jdbc} sources whose
 * URL names no engine we know. Products name themselves in many ways ("Microsoft SQL Server", "Spark SQL",
 * "Amazon Redshift", "HSQL Database Engine"), so a few known words are looked for, in order, before the dialect
 * names themselves.
 */
final class ProductNames {
    private static final Map<String, Dialect> WORDS = orderedWords();
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*");

    private ProductNames() {
    }

    /** Null when the product is none we know. */
    static Dialect dialect(String productName) {
        if (productName == null) {
            return null;
        }
        String product = productName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Dialect> word : WORDS.entrySet()) {
            if (product.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return Dialect.byName(product.split("[^a-z0-9]")[0]).orElse(null);
    }

    /**
     * The product and its version as a user reads them: {@code PostgreSQL 15.20} of "PostgreSQL" and
     * "15.20 (Debian 15.20-0+deb12u1)", {@code MariaDB 10.11.19} of "MariaDB" and "10.11.19-MariaDB-0+deb12u1".
     */
    static String describe(String productName, String productVersion) {
        var version = VERSION.matcher(String.valueOf(productVersion));
        return productName + (version.find() ? " " + version.group() : "");
    }

    private static Map<String, Dialect> orderedWords() {
        Map<String, Dialect> words = new java.util.LinkedHashMap<>();
        // Redshift reports itself as "Redshift" or, through the PostgreSQL driver, as PostgreSQL: the first wins.
        words.put("redshift", Dialect.REDSHIFT);
        words.put("postgres", Dialect.POSTGRES);
        words.put("mariadb", Dialect.MYSQL);
        words.put("mysql", Dialect.MYSQL);
        words.put("sql server", Dialect.TSQL);
        words.put("sqlserver", Dialect.TSQL);
        words.put("oracle", Dialect.ORACLE);
        words.put("snowflake", Dialect.SNOWFLAKE);
        words.put("clickhouse", Dialect.CLICKHOUSE);
        words.put("sqlite", Dialect.SQLITE);
        words.put("duckdb", Dialect.DUCKDB);
        words.put("trino", Dialect.TRINO);
        words.put("presto", Dialect.TRINO);
        words.put("databricks", Dialect.DATABRICKS);
        words.put("spark", Dialect.DATABRICKS);
        words.put("bigquery", Dialect.BIGQUERY);
        words.put("h2", Dialect.byName("h2").orElseThrow());
        return java.util.Collections.unmodifiableMap(words);
    }
}
