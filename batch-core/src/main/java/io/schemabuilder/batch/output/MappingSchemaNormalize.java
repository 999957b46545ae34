package io.schemabuilder.batch.output;

import io.schemabuilder.types.Dialect;

/**
 * What a schema file tells sqlglot's {@code MappingSchema} as {@code normalize} ({@code metadata.normalize}).
 *
 * <p>sqlglot's {@code qualify} always normalizes a query's identifiers by its dialect's rules; {@code normalize=True}
 * makes MappingSchema normalize the schema's names the same way, as if each were unquoted. That is right where the
 * dialect folds quoted names too, because its catalogs compare names without case (DuckDB, SQLite, T-SQL, BigQuery,
 * Redshift, Trino, Databricks; CSV and Excel are read as DuckDB): a query's {@code "MixedCase"} is folded, so the
 * schema's must be too. Where a quoted name keeps its case (PostgreSQL, Oracle, Snowflake; H2, read as PostgreSQL,
 * is one of those engines too) the catalog already holds each name in the case a query resolves it to, and
 * normalizing would fold {@code "MixedCase"} into {@code mixedcase} (two tables into one, and the quoted name into
 * none). MySQL and ClickHouse never fold names, so either value gives the same answers there; false says "as the
 * catalog has them". Real sqlglot's answers, engine by engine, are the golden files of batch-core's
 * {@code SqlglotResolvesEveryTableTest}.
 */
public final class MappingSchemaNormalize {

    private MappingSchemaNormalize() {
    }

    public static boolean of(Dialect dialect) {
        return switch (dialect) {
            case DUCKDB, SQLITE, TSQL, BIGQUERY, REDSHIFT, TRINO, DATABRICKS -> true;
            case POSTGRES, ORACLE, SNOWFLAKE, MYSQL, CLICKHOUSE -> false;
        };
    }
}
