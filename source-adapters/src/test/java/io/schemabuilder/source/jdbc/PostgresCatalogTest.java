package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
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
            String s = schema;
            RealServices.execute(c,
                    "CREATE SCHEMA " + s,
                    "CREATE TYPE " + s + ".mood AS ENUM ('sad', 'ok')",
                    "CREATE TABLE " + s + ".customers (id serial PRIMARY KEY, name text NOT NULL, email varchar(100),"
                            + " mood " + s + ".mood)",
                    "COMMENT ON TABLE " + s + ".customers IS 'who buys'",
                    "CREATE TABLE " + s + ".orders (id bigint, line smallint, customer_id integer NOT NULL,"
                            + " amount numeric(10,2) NOT NULL, note character varying(200), created_at timestamptz,"
                            + " paid boolean, tags text[], payload jsonb, during interval day to second, raw bytea,"
                            + " PRIMARY KEY (id, line))",
                    "COMMENT ON COLUMN " + s + ".orders.note IS 'free text'",
                    "ALTER TABLE " + s + ".orders DROP COLUMN raw",
                    "CREATE TABLE " + s + ".\"odd.name\" (\"a b\" int, \"ünï\" text)",
                    "CREATE VIEW " + s + ".order_view AS SELECT id, amount FROM " + s + ".orders",
                    "CREATE MATERIALIZED VIEW " + s + ".order_mview AS SELECT id FROM " + s + ".orders",
                    "CREATE DOMAIN " + s + ".positive AS integer CHECK (VALUE > 0)",
                    "CREATE TABLE " + s + ".families (i2 int2, i8 int8, n numeric, r real, d double precision,"
                            + " m money, c char(3), vc varchar, b bytea, dt date, t time(3), ttz timetz,"
                            + " ts timestamp(0), iv interval, u uuid, j json, x xml, ip inet, net cidr, mac macaddr,"
                            + " bits bit(3), vbits bit varying(8), ir int4range, tr tstzrange, grid integer[][],"
                            + " pos " + s + ".positive, twice numeric GENERATED ALWAYS AS (n * 2) STORED, pt point,"
                            + " doc tsvector)",
                    "CREATE TABLE " + s + ".\"MixedCase\" (\"Id\" int, \"Name With Space\" text)",
                    "CREATE TABLE " + s + ".\"has \"\"quote\"\"\" (x int)",
                    "CREATE TABLE " + s + ".\"with space\" (x int)",
                    "CREATE TABLE " + s + ".\"日本\" (x int)",
                    "CREATE TABLE " + s + ".events (id int, at date NOT NULL) PARTITION BY RANGE (at)",
                    "CREATE TABLE " + s + ".events_2024 PARTITION OF " + s + ".events"
                            + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
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
