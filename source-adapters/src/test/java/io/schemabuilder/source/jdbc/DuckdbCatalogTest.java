package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

class DuckdbCatalogTest extends CatalogConformanceTest {
    private Path file;

    @Override
    String engine() {
        return "duckdb";
    }

    @Override
    String schema() {
        return "sb";
    }

    @Override
    void createCatalog() throws Exception {
        file = Files.createTempDirectory("sb-duck").resolve("test.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            RealServices.execute(c,
                    "CREATE SCHEMA sb",
                    "CREATE TABLE sb.customers (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR(100))",
                    "COMMENT ON TABLE sb.customers IS 'who buys'",
                    "CREATE TABLE sb.orders (id BIGINT, line SMALLINT, customer_id INTEGER NOT NULL,"
                            + " amount DECIMAL(10,2) NOT NULL, note VARCHAR, created_at TIMESTAMP WITH TIME ZONE,"
                            + " paid BOOLEAN, tags VARCHAR[], point STRUCT(x DOUBLE, y DOUBLE),"
                            + " attrs MAP(VARCHAR, INTEGER), PRIMARY KEY (id, line))",
                    "COMMENT ON COLUMN sb.orders.note IS 'free text'",
                    "CREATE TABLE sb.\"odd.name\" (\"a b\" INTEGER, \"ünï\" VARCHAR)",
                    "CREATE VIEW sb.order_view AS SELECT id, amount FROM sb.orders",
                    "CREATE TYPE mood AS ENUM ('sad', 'ok')",
                    "CREATE TABLE sb.families (ti TINYINT, uti UTINYINT, ui UINTEGER, hi HUGEINT, f FLOAT, d DOUBLE,"
                            + " dc DECIMAL(18,3), b BLOB, bits BIT, dt DATE, t TIME, tstz TIMESTAMPTZ,"
                            + " ts_ms TIMESTAMP_MS, iv INTERVAL, u UUID, j JSON, m mood, fixed INTEGER[3],"
                            + " un UNION(num INTEGER, str VARCHAR), nested STRUCT(a INTEGER[], b MAP(VARCHAR, DOUBLE)),"
                            + " gen INTEGER GENERATED ALWAYS AS (ti + 1) VIRTUAL)",
                    "CREATE TABLE sb.\"MixedCase\" (\"Id\" INTEGER, \"Name With Space\" VARCHAR)",
                    "CREATE TABLE sb.\"has \"\"quote\"\"\" (x INTEGER)",
                    "CREATE TABLE sb.\"with space\" (x INTEGER)",
                    "CREATE TABLE sb.\"日本\" (x INTEGER)");
        }
    }

    @Override
    void dropCatalog() throws Exception {
        Files.deleteIfExists(file);
    }

    @Override
    JdbcSourceConfig source(TableFilter filter) {
        return SqliteCatalogTest.withFilter(JdbcSourceConfig.ofUrl("duck", "duckdb", null, "jdbc:duckdb:" + file), filter);
    }
}
