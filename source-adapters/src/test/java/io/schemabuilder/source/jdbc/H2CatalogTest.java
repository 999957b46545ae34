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
                    "CREATE VIEW \"sb\".\"order_view\" AS SELECT \"id\", \"amount\" FROM \"sb\".\"orders\"",
                    "CREATE TABLE \"sb\".\"families\" (\"ti\" TINYINT, \"dec\" DECIMAL, \"num\" NUMERIC(7),"
                            + " \"r\" REAL, \"fl\" FLOAT(10), \"df\" DECFLOAT(20), \"c\" CHAR(3), \"vci\" VARCHAR_IGNORECASE(5),"
                            + " \"bin\" BINARY(4), \"vb\" VARBINARY, \"bl\" BLOB, \"cl\" CLOB(10K), \"d\" DATE,"
                            + " \"t\" TIME(3), \"ttz\" TIME WITH TIME ZONE, \"ts\" TIMESTAMP, \"ts3\" TIMESTAMP(3),"
                            + " \"iv\" INTERVAL DAY TO SECOND, \"iv2\" INTERVAL YEAR(3), \"iv3\" INTERVAL HOUR TO SECOND(3),"
                            + " \"u\" UUID, \"e\" ENUM('a', 'b''c'), \"arr\" VARCHAR(10) ARRAY[5],"
                            + " \"gen\" INTEGER GENERATED ALWAYS AS (\"ti\" + 1), \"rw\" ROW(a INT, b VARCHAR(3)))",
                    "CREATE TABLE \"sb\".\"MixedCase\" (\"Id\" INTEGER, \"Name With Space\" VARCHAR)",
                    "CREATE TABLE \"sb\".\"has \"\"quote\"\"\" (\"x\" INTEGER)",
                    "CREATE TABLE \"sb\".\"with space\" (\"x\" INTEGER)",
                    "CREATE TABLE \"sb\".\"日本\" (\"x\" INTEGER)");
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
