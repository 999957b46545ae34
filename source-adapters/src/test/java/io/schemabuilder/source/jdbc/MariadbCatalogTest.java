package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
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
            String d = database;
            RealServices.execute(c,
                    "CREATE DATABASE " + d,
                    "CREATE TABLE " + d + ".customers (id int unsigned PRIMARY KEY, name text NOT NULL,"
                            + " email varchar(100), mood enum('sad','ok')) COMMENT 'who buys'",
                    "CREATE TABLE " + d + ".orders (id bigint, line smallint, customer_id int NOT NULL,"
                            + " amount decimal(10,2) NOT NULL, note varchar(200) COMMENT 'free text',"
                            + " created_at datetime(6), paid tinyint(1), payload json, tags set('a','b'),"
                            + " PRIMARY KEY (id, line))",
                    "CREATE TABLE " + d + ".`odd.name` (`a b` int, `ünï` text)",
                    "CREATE VIEW " + d + ".order_view AS SELECT id, amount FROM " + d + ".orders",
                    "CREATE TABLE " + d + ".families (ti tinyint, tiu tinyint unsigned, si smallint, mi mediumint,"
                            + " bi bigint unsigned, f float, dbl double, dc decimal(5), bt bit(3), yr year, dt date,"
                            + " tm time(3), ts timestamp(3) NULL, ch char(3), vb varbinary(16), bl blob,"
                            + " mt mediumtext, js json, en enum('x','y'), st set('a','b'),"
                            + " gen int GENERATED ALWAYS AS (ti + 1) VIRTUAL, zf int(5) zerofill, ip inet6, u uuid)",
                    "CREATE TABLE " + d + ".`MixedCase` (`Id` int, `Name With Space` text)",
                    "CREATE TABLE " + d + ".`has \"quote\"` (x int)",
                    "CREATE TABLE " + d + ".`with space` (x int)",
                    "CREATE TABLE " + d + ".`日本` (x int)",
                    "CREATE TABLE " + d + ".events (id int, at date NOT NULL) PARTITION BY RANGE (YEAR(at))"
                            + " (PARTITION p2024 VALUES LESS THAN (2025), PARTITION pmax VALUES LESS THAN MAXVALUE)");
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
