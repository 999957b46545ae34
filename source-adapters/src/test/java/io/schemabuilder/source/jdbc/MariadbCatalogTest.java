package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import io.schemabuilder.testsupport.SqlScript;
import java.sql.Connection;

/** Against the real MariaDB, in a database of its own (the database is the schema). */
class MariadbCatalogTest extends CatalogConformanceTest {
    private final String database = RealServices.uniqueName("sb_conf");

    @Override
    String engine() {
        return "mariadb";
    }

    @Override
    String schema() {
        return database;
    }

    @Override
    void createCatalog() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            SqlScript.run(c, "/catalogs/mariadb.sql", database);
        }
    }

    @Override
    void dropCatalog() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            RealServices.execute(c, "DROP DATABASE IF EXISTS " + database);
        }
    }

    @Override
    JdbcSourceConfig source(TableFilter filter) {
        JdbcSourceConfig c = JdbcSourceConfig.ofUrl("my", "mariadb", null,
                RealServices.MARIADB_URL + "?user=" + RealServices.MARIADB_USER);
        return SqliteCatalogTest.withFilter(c, filter);
    }
}
