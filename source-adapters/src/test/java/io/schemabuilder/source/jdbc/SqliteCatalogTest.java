package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import io.schemabuilder.testsupport.SqlScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteCatalogTest extends CatalogConformanceTest {
    private Path file;

    @Override
    String engine() {
        return "sqlite";
    }

    @Override
    String schema() {
        return "main";
    }

    @Override
    void createCatalog() throws Exception {
        file = Files.createTempFile("sb-sqlite", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqlScript.run(c, "/catalogs/sqlite.sql", "main");
        }
    }

    @Override
    void dropCatalog() throws Exception {
        Files.deleteIfExists(file);
    }

    @Override
    JdbcSourceConfig source(TableFilter filter) {
        return withFilter(JdbcSourceConfig.ofUrl("lite", "sqlite", null, "jdbc:sqlite:" + file), filter);
    }

    /** A view over a dropped table cannot be described: it is left out with a warning, and the rest is read. */
    @Test
    void aViewOverADroppedTableIsLeftOutWithAWarning() throws Exception {
        Path broken = Files.createTempFile("sb-sqlite-broken", ".db");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + broken)) {
                RealServices.execute(c, "CREATE TABLE gone (a INT)", "CREATE TABLE kept (b TEXT)",
                        "CREATE VIEW a_view AS SELECT a FROM gone", "CREATE VIEW z_view AS SELECT b FROM kept",
                        "DROP TABLE gone");
            }
            List<String> warnings = new ArrayList<>();
            var adapter = new JdbcSourceAdapter(JdbcSourceConfig.ofUrl("lite", "sqlite", null, "jdbc:sqlite:" + broken),
                    warnings::add);

            List<TableMetadata> tables = Tables.all(adapter);

            assertThat(tables).extracting(t -> t.key().name()).containsExactly("kept", "z_view");
            assertThat(warnings).containsExactly(
                    "source lite: view main.a_view is left out: it cannot be described (no such table: main.gone)");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    static JdbcSourceConfig withFilter(JdbcSourceConfig c, TableFilter filter) {
        return new JdbcSourceConfig(c.name(), c.type(), c.dialect(), c.url(), c.host(), c.port(), c.database(),
                c.username(), c.password(), filter, c.connectTimeout(), c.queryTimeout(), c.partitionThreshold(),
                c.properties(), c.account(), c.warehouse(), c.role());
    }
}
