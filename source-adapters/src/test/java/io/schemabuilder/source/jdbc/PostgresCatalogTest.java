package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import io.schemabuilder.testsupport.SqlScript;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the real PostgreSQL, in a schema of its own. */
class PostgresCatalogTest extends CatalogConformanceTest {
    private final String schema = RealServices.uniqueName("sb_conf");

    @Override
    String engine() {
        return "postgres";
    }

    @Override
    String schema() {
        return schema;
    }

    @Override
    void createCatalog() throws Exception {
        try (Connection c = RealServices.postgres()) {
            SqlScript.run(c, "/catalogs/postgres.sql", schema);
        }
    }

    @Override
    void dropCatalog() throws Exception {
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** has_table_privilege: a locked-down role reads the tables it may SELECT, and the others are no error. */
    @Test
    void aRoleWithoutAccessToSomeTablesGetsTheOthersAndNoError() throws Exception {
        String role = RealServices.uniqueName("sb_reader");
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "CREATE ROLE " + role + " LOGIN",
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                    "GRANT SELECT ON " + schema + ".orders, " + schema + ".order_view TO " + role);
            try {
                JdbcSourceConfig c2 = JdbcSourceConfig.ofUrl("pg", "postgresql", null,
                        RealServices.POSTGRES_URL + "?user=" + role);
                List<TableMetadata> tables = Tables.all(new JdbcSourceAdapter(
                        SqliteCatalogTest.withFilter(c2, onlyTestSchema()), w -> { }));

                assertThat(tables).extracting(t -> t.key().name()).containsExactly("order_view", "orders");
                assertThat(tables.get(1).columns()).hasSize(10);
            } finally {
                RealServices.execute(c, "DROP OWNED BY " + role, "DROP ROLE " + role);
            }
        }
    }

    @Override
    JdbcSourceConfig source(TableFilter filter) {
        JdbcSourceConfig c = JdbcSourceConfig.ofUrl("pg", "postgresql", null,
                RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER);
        return SqliteCatalogTest.withFilter(c, filter);
    }
}
