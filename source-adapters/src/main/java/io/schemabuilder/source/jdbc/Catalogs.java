package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.jdbc.clickhouse.ClickhouseCatalog;
import io.schemabuilder.source.jdbc.duckdb.DuckdbCatalog;
import io.schemabuilder.source.jdbc.generic.GenericCatalog;
import io.schemabuilder.source.jdbc.h2.H2Catalog;
import io.schemabuilder.source.jdbc.mysql.MysqlCatalog;
import io.schemabuilder.source.jdbc.oracle.OracleCatalog;
import io.schemabuilder.source.jdbc.postgres.PostgresCatalog;
import io.schemabuilder.source.jdbc.snowflake.SnowflakeCatalog;
import io.schemabuilder.source.jdbc.sqlite.SqliteCatalog;
import io.schemabuilder.source.jdbc.sqlserver.SqlServerCatalog;
import java.util.function.Consumer;

/** The catalog reader of each engine; any other driver gets the generic DatabaseMetaData reader. */
final class Catalogs {

    private Catalogs() {
    }

    /** @param warnings one-line notices that do not fail the source (SQLite: a broken view left out) */
    static Catalog forEngine(String engine, int queryTimeoutSeconds, Consumer<String> warnings) {
        return switch (engine) {
            case "postgresql", "redshift" -> new PostgresCatalog(queryTimeoutSeconds);
            case "mysql", "mariadb" -> new MysqlCatalog(queryTimeoutSeconds);
            case "sqlite" -> new SqliteCatalog(queryTimeoutSeconds, warnings);
            case "duckdb" -> new DuckdbCatalog(queryTimeoutSeconds);
            case "h2" -> new H2Catalog(queryTimeoutSeconds);
            case "sqlserver" -> new SqlServerCatalog(queryTimeoutSeconds);
            case "oracle" -> new OracleCatalog(queryTimeoutSeconds);
            case "snowflake" -> new SnowflakeCatalog(queryTimeoutSeconds);
            case "clickhouse" -> new ClickhouseCatalog(queryTimeoutSeconds);
            default -> new GenericCatalog();
        };
    }
}
