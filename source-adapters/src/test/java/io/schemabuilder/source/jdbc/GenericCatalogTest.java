package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.testsupport.RealServices;
import io.schemabuilder.types.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code type: jdbc} with a URL of no engine we know: one {@code DatabaseMetaData.getColumns} call for the source.
 * The counting driver's URL ({@code jdbc:counting:sqlite:...}) names no known engine, so it is read this way.
 */
class GenericCatalogTest {
    @TempDir
    Path dir;
    private JdbcSourceAdapter adapter;

    @BeforeEach
    void createDatabase() throws Exception {
        Path db = dir.resolve("g.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            RealServices.execute(c,
                    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                    "CREATE TABLE orders (id BIGINT NOT NULL, amount DECIMAL(10,2), note TEXT)",
                    "CREATE TABLE zones (code CHAR(2))");
        }
        CountingDriver.register();
        adapter = new JdbcSourceAdapter(JdbcSourceConfig.ofUrl("g", "jdbc", null,
                CountingDriver.PREFIX + "sqlite:" + db), w -> { });
    }

    @Test
    void readsEveryColumnWithOneMetadataCallAndTheDialectFromTheProductName() throws Exception {
        int before = CountingDriver.STATEMENTS.get();

        List<TableMetadata> tables = Tables.all(adapter);

        Golden.assertMatches("jdbc-generic/sqlite.txt", Golden.render(tables));
        assertThat(CountingDriver.STATEMENTS.get() - before).as("statements through the source's connection").isZero();
        assertThat(adapter.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(adapter.plan(1)).containsExactly(Slice.WHOLE);
    }

    @Test
    void resumesAfterTheLastCommittedTableInTheDriversOrder() {
        List<TableMetadata> all = Tables.all(adapter);

        assertThat(Tables.all(adapter, Slice.WHOLE, all.get(0).key())).isEqualTo(all.subList(1, all.size()));
        assertThat(Tables.all(adapter, Slice.WHOLE, all.get(all.size() - 1).key())).isEmpty();
    }

    @Test
    void aResumeKeyNoLongerInTheCatalogFailsRatherThanSkippingEverything() {
        assertThatThrownBy(() -> Tables.all(adapter, Slice.WHOLE, new TableKey("main", "dropped_since")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cannot resume after table main.dropped_since: it is no longer in the catalog");
    }
}
