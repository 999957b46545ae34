package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

class H2CatalogTest extends CatalogConformanceTest {
    private Path dir;

    @Override
    String engine() {
        return "h2";
    }

    @Override
    String schema() {
        return "sb";
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("test");
    }

    @Override
    void createCatalog() throws Exception {
        dir = Files.createTempDirectory("sb-h2");
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            RealServices.execute(c,
                    "CREATE SCHEMA \"sb\"",
                    "CREATE TABLE \"sb\".\"customers\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR NOT NULL,"
                            + " \"email\" VARCHAR(100))",
                    "COMMENT ON TABLE \"sb\".\"customers\" IS 'who buys'",
                    "CREATE TABLE \"sb\".\"orders\" (\"id\" BIGINT, \"line\" SMALLINT, \"customer_id\" INTEGER NOT NULL,"
                            + " \"amount\" DECIMAL(10,2) NOT NULL, \"note\" VARCHAR(200), \"created_at\" TIMESTAMP WITH TIME ZONE,"
                            + " \"paid\" BOOLEAN, \"tags\" INTEGER ARRAY, \"payload\" JSON, PRIMARY KEY (\"id\", \"line\"))",
                    "COMMENT ON COLUMN \"sb\".\"orders\".\"note\" IS 'free text'",
                    "CREATE TABLE \"sb\".\"odd.name\" (\"a b\" INTEGER, \"ünï\" VARCHAR)",
                    "CREATE VIEW \"sb\".\"order_view\" AS SELECT \"id\", \"amount\" FROM \"sb\".\"orders\"");
        }
    }

    @Override
    void dropCatalog() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    JdbcSourceConfig source(TableFilter filter) {
        JdbcSourceConfig c = JdbcSourceConfig.ofUrl("h2db", "h2", null, url());
        return SqliteCatalogTest.withFilter(new JdbcSourceConfig(c.name(), c.type(), c.dialect(), c.url(), null, null,
                null, "sa", null, filter, c.connectTimeout(), c.queryTimeout(), c.partitionThreshold(), c.properties(),
                null, null, null), filter);
    }
}
