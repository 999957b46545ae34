package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.SqlScript;
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
            SqlScript.run(c, "/catalogs/duckdb.sql", "sb");
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
