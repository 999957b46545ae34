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
                    "CREATE VIEW sb.order_view AS SELECT id, amount FROM sb.orders");
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
