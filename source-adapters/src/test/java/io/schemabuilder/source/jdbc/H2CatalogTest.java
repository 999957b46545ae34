package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.SqlScript;
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
            SqlScript.run(c, "/catalogs/h2.sql", "sb");
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
