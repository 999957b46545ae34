package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.source.jdbc.clickhouse.ClickhouseCatalog;
import io.schemabuilder.source.jdbc.oracle.OracleCatalog;
import io.schemabuilder.source.jdbc.snowflake.SnowflakeCatalog;
import io.schemabuilder.source.jdbc.sqlserver.SqlServerCatalog;
import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sqlite.Collation;
import org.sqlite.Function;

/**
 * The catalog SQL of engines no server runs for here (Oracle, SQL Server, Snowflake, ClickHouse), run as it ships against their
 * catalog views emulated in SQLite: tables with the documented names and the columns the SQL reads, a few rows, and
 * stand-ins for the engine's functions. This checks what the SQL does with the rows (joins, the type text, kinds,
 * comments, primary keys, system schemas left out, the job's filter and key-bound wrapping); only a real server can
 * check that its own parser accepts the SQL.
 */
class EmulatedCatalogSqlTest {

    @Test
    void oracleTypesKindsCommentsAndKeysFromItsAllViews() throws Exception {
        Connection c = sqlite();
        function(c, "NVL", 2, args -> args[0] != null ? args[0] : args[1]);
        function(c, "NLSSORT", 2, args -> args[0]);
        RealServices.execute(c,
                "CREATE TABLE ALL_TAB_COLUMNS (OWNER, TABLE_NAME, COLUMN_NAME, COLUMN_ID INTEGER, DATA_TYPE,"
                        + " DATA_LENGTH INTEGER, DATA_PRECISION INTEGER, DATA_SCALE INTEGER, CHAR_LENGTH INTEGER,"
                        + " CHAR_USED, NULLABLE)",
                "CREATE TABLE ALL_TABLES (OWNER, TABLE_NAME, DROPPED)",
                "CREATE TABLE ALL_VIEWS (OWNER, VIEW_NAME)",
                "CREATE TABLE ALL_MVIEWS (OWNER, MVIEW_NAME)",
                "CREATE TABLE ALL_TAB_COMMENTS (OWNER, TABLE_NAME, COMMENTS)",
                "CREATE TABLE ALL_COL_COMMENTS (OWNER, TABLE_NAME, COLUMN_NAME, COMMENTS)",
                "CREATE TABLE ALL_CONSTRAINTS (OWNER, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME)",
                "CREATE TABLE ALL_CONS_COLUMNS (OWNER, CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, POSITION INTEGER)",
                "CREATE TABLE ALL_USERS (USERNAME, ORACLE_MAINTAINED)",
                "INSERT INTO ALL_USERS VALUES ('SYS', 'Y'), ('SALES', 'N')",
                "INSERT INTO ALL_TABLES VALUES ('SALES', 'ORDERS', 'NO'), ('SALES', 'ORDER_TOTALS', 'NO'),"
                        + " ('SALES', 'BIN$x1', 'YES'), ('SYS', 'TAB$', 'NO')",
                "INSERT INTO ALL_VIEWS VALUES ('SALES', 'ORDER_VIEW')",
                // A materialized view is a table of the same name too: it must come out once, as a materialized view.
                "INSERT INTO ALL_MVIEWS VALUES ('SALES', 'ORDER_TOTALS')",
                "INSERT INTO ALL_TAB_COLUMNS VALUES"
                        + " ('SALES', 'ORDERS', 'ID', 1, 'NUMBER', 22, 10, 0, 0, NULL, 'N'),"
                        + " ('SALES', 'ORDERS', 'LINE', 2, 'NUMBER', 22, NULL, 0, 0, NULL, 'N'),"
                        + " ('SALES', 'ORDERS', 'AMOUNT', 3, 'NUMBER', 22, NULL, NULL, 0, NULL, 'Y'),"
                        + " ('SALES', 'ORDERS', 'NOTE', 4, 'VARCHAR2', 400, NULL, NULL, 100, 'C', 'Y'),"
                        + " ('SALES', 'ORDERS', 'CODE', 5, 'CHAR', 3, NULL, NULL, 3, 'B', 'Y'),"
                        + " ('SALES', 'ORDERS', 'NAME', 6, 'NVARCHAR2', 100, NULL, NULL, 50, 'C', 'Y'),"
                        + " ('SALES', 'ORDERS', 'RATIO', 7, 'FLOAT', 22, 126, NULL, 0, NULL, 'Y'),"
                        + " ('SALES', 'ORDERS', 'RAW_ID', 8, 'RAW', 16, NULL, NULL, 0, NULL, 'Y'),"
                        + " ('SALES', 'ORDERS', 'CREATED', 9, 'TIMESTAMP(6) WITH TIME ZONE', 13, NULL, 6, 0, NULL, 'Y'),"
                        + " ('SALES', 'ORDERS', 'DOC', 10, 'CLOB', 4000, NULL, NULL, 0, NULL, 'Y'),"
                        + " ('SALES', 'ORDER_TOTALS', 'ID', 1, 'NUMBER', 22, 10, 0, 0, NULL, 'N'),"
                        + " ('SALES', 'ORDER_VIEW', 'ID', 1, 'NUMBER', 22, 10, 0, 0, NULL, 'Y'),"
                        + " ('SALES', 'BIN$x1', 'A', 1, 'DATE', 7, NULL, NULL, 0, NULL, 'Y'),"
                        + " ('SYS', 'TAB$', 'OBJ#', 1, 'NUMBER', 22, NULL, NULL, 0, NULL, 'N')",
                "INSERT INTO ALL_TAB_COMMENTS VALUES ('SALES', 'ORDERS', 'order lines')",
                "INSERT INTO ALL_COL_COMMENTS VALUES ('SALES', 'ORDERS', 'NOTE', 'free text')",
                "INSERT INTO ALL_CONSTRAINTS VALUES ('SALES', 'ORDERS_PK', 'P', 'ORDERS'),"
                        + " ('SALES', 'ORDERS_UK', 'U', 'ORDERS')",
                "INSERT INTO ALL_CONS_COLUMNS VALUES ('SALES', 'ORDERS_PK', 'ORDERS', 'LINE', 2),"
                        + " ('SALES', 'ORDERS_PK', 'ORDERS', 'ID', 1), ('SALES', 'ORDERS_UK', 'ORDERS', 'NOTE', 1)");

        assertCatalog("oracle", new OracleCatalog(0), c);
    }

    @Test
    void sqlServerTypesWithLengthPrecisionAndMaxFromSysColumns() throws Exception {
        Connection c = sqlite();
        Collation.create(c, "Latin1_General_BIN2", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return a.compareTo(b);
            }
        });
        RealServices.execute(c,
                "ATTACH ':memory:' AS sys",
                "CREATE TABLE sys.objects (object_id INTEGER, schema_id INTEGER, name, type, is_ms_shipped INTEGER)",
                "CREATE TABLE sys.schemas (schema_id INTEGER, name)",
                "CREATE TABLE sys.columns (object_id INTEGER, column_id INTEGER, name, user_type_id INTEGER,"
                        + " max_length INTEGER, precision INTEGER, scale INTEGER, is_nullable INTEGER)",
                "CREATE TABLE sys.types (user_type_id INTEGER, name)",
                "CREATE TABLE sys.extended_properties (class INTEGER, major_id INTEGER, minor_id INTEGER, name, value)",
                "CREATE TABLE sys.indexes (object_id INTEGER, index_id INTEGER, is_primary_key INTEGER)",
                "CREATE TABLE sys.index_columns (object_id INTEGER, index_id INTEGER, column_id INTEGER,"
                        + " key_ordinal INTEGER)",
                "INSERT INTO sys.schemas VALUES (1, 'dbo'), (4, 'sys'), (5, 'sales')",
                "INSERT INTO sys.types VALUES (56, 'int'), (167, 'varchar'), (231, 'nvarchar'), (239, 'nchar'),"
                        + " (106, 'decimal'), (42, 'datetime2'), (43, 'datetimeoffset'), (165, 'varbinary'),"
                        + " (36, 'uniqueidentifier'), (61, 'datetime'), (62, 'float'), (257, 'Phone')",
                "INSERT INTO sys.objects VALUES (10, 5, 'orders', 'U', 0), (11, 5, 'order_view', 'V', 0),"
                        + " (12, 1, 'dt_props', 'U', 1), (13, 4, 'sysobj', 'U', 0)",
                "INSERT INTO sys.columns VALUES"
                        + " (10, 1, 'id', 56, 4, 10, 0, 0),"
                        + " (10, 2, 'line', 56, 4, 10, 0, 0),"
                        + " (10, 3, 'note', 167, -1, 0, 0, 1),"
                        + " (10, 4, 'name', 231, 100, 0, 0, 1),"
                        + " (10, 5, 'code', 239, 6, 0, 0, 1),"
                        + " (10, 6, 'amount', 106, 9, 12, 2, 1),"
                        + " (10, 7, 'created', 42, 8, 27, 7, 1),"
                        + " (10, 8, 'seen', 43, 10, 34, 3, 1),"
                        + " (10, 9, 'doc', 165, -1, 0, 0, 1),"
                        + " (10, 10, 'guid', 36, 16, 0, 0, 1),"
                        + " (10, 11, 'legacy', 61, 8, 23, 3, 1),"
                        + " (10, 12, 'ratio', 62, 8, 53, 0, 1),"
                        + " (10, 13, 'phone', 257, 20, 0, 0, 1),"
                        + " (11, 1, 'id', 56, 4, 10, 0, 0),"
                        + " (12, 1, 'x', 56, 4, 10, 0, 0),"
                        + " (13, 1, 'x', 56, 4, 10, 0, 0)",
                "INSERT INTO sys.extended_properties VALUES (1, 10, 0, 'MS_Description', 'order lines'),"
                        + " (1, 10, 3, 'MS_Description', 'free text'), (1, 10, 4, 'other', 'not a comment')",
                "INSERT INTO sys.indexes VALUES (10, 1, 1), (10, 2, 0)",
                "INSERT INTO sys.index_columns VALUES (10, 1, 2, 1), (10, 1, 1, 2), (10, 2, 3, 1)");

        assertCatalog("sqlserver", new SqlServerCatalog(0), c);
    }

    @Test
    void snowflakeTypesAndKindsFromItsInformationSchema() throws Exception {
        Connection c = sqlite();
        RealServices.execute(c,
                "ATTACH ':memory:' AS INFORMATION_SCHEMA",
                "CREATE TABLE INFORMATION_SCHEMA.COLUMNS (TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,"
                        + " ORDINAL_POSITION INTEGER, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH INTEGER,"
                        + " NUMERIC_PRECISION INTEGER, NUMERIC_SCALE INTEGER, DATETIME_PRECISION INTEGER, IS_NULLABLE,"
                        + " COMMENT)",
                "CREATE TABLE INFORMATION_SCHEMA.TABLES (TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, COMMENT)",
                "INSERT INTO INFORMATION_SCHEMA.TABLES VALUES ('PUBLIC', 'EVENTS', 'BASE TABLE', 'what happened'),"
                        + " ('PUBLIC', 'EVENT_VIEW', 'VIEW', NULL), ('PUBLIC', 'DAILY', 'MATERIALIZED VIEW', NULL),"
                        + " ('PUBLIC', 'RAW', 'EXTERNAL TABLE', NULL), ('INFORMATION_SCHEMA', 'COLUMNS', 'VIEW', NULL)",
                "INSERT INTO INFORMATION_SCHEMA.COLUMNS VALUES"
                        + " ('PUBLIC', 'EVENTS', 'ID', 1, 'NUMBER', NULL, 38, 0, NULL, 'NO', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'NAME', 2, 'TEXT', 16777216, NULL, NULL, NULL, 'YES', 'who'),"
                        + " ('PUBLIC', 'EVENTS', 'AT', 3, 'TIMESTAMP_NTZ', NULL, NULL, NULL, 9, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'LOCAL_AT', 4, 'TIMESTAMP_LTZ', NULL, NULL, NULL, 3, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'PAYLOAD', 5, 'VARIANT', NULL, NULL, NULL, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'AMOUNT', 6, 'NUMBER', NULL, 12, 2, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'BLOB', 7, 'BINARY', 8388608, NULL, NULL, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENTS', 'RATIO', 8, 'FLOAT', NULL, NULL, NULL, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'EVENT_VIEW', 'ID', 1, 'NUMBER', NULL, 38, 0, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'DAILY', 'DAY', 1, 'DATE', NULL, NULL, NULL, NULL, 'YES', NULL),"
                        + " ('PUBLIC', 'RAW', 'VALUE', 1, 'VARIANT', NULL, NULL, NULL, NULL, 'NO', NULL),"
                        + " ('INFORMATION_SCHEMA', 'COLUMNS', 'TABLE_NAME', 1, 'TEXT', 16777216, NULL, NULL, NULL, 'YES', NULL)");

        assertCatalog("snowflake", new SnowflakeCatalog(0), c);
    }

    @Test
    void clickhouseNullableLowCardinalityAndPrimaryKeyOrderFromItsSystemTables() throws Exception {
        assertCatalog("clickhouse", new ClickhouseCatalog(0), clickhouse());
    }

    /**
     * ClickHouse's system tables list every database of the server: a source reads its connection's database
     * (default_schema.sql's currentDatabase(), here web) unless its config names schemas itself.
     */
    @Test
    void clickhouseReadsTheConnectionsDatabaseUnlessTheConfigNamesOthers() throws Exception {
        Connection c = clickhouse();
        RealServices.execute(c, "INSERT INTO system.tables VALUES ('logs', 'events', 'MergeTree', '', '')",
                "INSERT INTO system.columns VALUES ('logs', 'events', 'at', 1, 'DateTime', '')");
        ClickhouseCatalog catalog = new ClickhouseCatalog(0);

        assertThat(scopedKeys(catalog, c, TableFilter.ALL)).containsExactly("web.daily", "web.hits", "web.hits_view");
        assertThat(scopedKeys(catalog, c, new TableFilter(null, List.of("*"), List.of(), List.of(), List.of(),
                List.of()))).containsExactly("logs.events", "web.daily", "web.hits", "web.hits_view");
        assertThat(scopedKeys(catalog, c, new TableFilter("logs", List.of(), List.of(), List.of(), List.of(),
                List.of()))).containsExactly("logs.events");
        assertThat(scopedKeys(catalog, c, new TableFilter(null, List.of(), List.of(), List.of("logs.events"),
                List.of(), List.of()))).containsExactly("logs.events");
        c.close();
    }

    /** ClickHouse's system.tables and system.columns with a database web, and its functions. */
    private static Connection clickhouse() throws SQLException {
        Connection c = sqlite();
        function(c, "startsWith", 2, args -> String.valueOf(args[0]).startsWith(String.valueOf(args[1])) ? 1 : 0);
        function(c, "splitByString", 2, args -> args[1]);
        function(c, "currentDatabase", 0, args -> "web");
        function(c, "indexOf", 2, args -> Arrays.asList(String.valueOf(args[0]).split(", ")).indexOf(args[1]) + 1);
        RealServices.execute(c,
                "ATTACH ':memory:' AS system",
                "CREATE TABLE system.columns (database, \"table\", name, position INTEGER, type, comment)",
                "CREATE TABLE system.tables (database, name, engine, comment, primary_key)",
                "INSERT INTO system.tables VALUES ('web', 'hits', 'MergeTree', 'page hits', 'day, id'),"
                        + " ('web', 'hits_view', 'View', '', ''), ('web', 'daily', 'MaterializedView', '', ''),"
                        + " ('system', 'numbers', 'SystemNumbers', '', '')",
                "INSERT INTO system.columns VALUES"
                        + " ('web', 'hits', 'id', 1, 'UInt64', ''),"
                        + " ('web', 'hits', 'day', 2, 'Date', 'partition day'),"
                        + " ('web', 'hits', 'url', 3, 'LowCardinality(Nullable(String))', ''),"
                        + " ('web', 'hits', 'referrer', 4, 'Nullable(String)', ''),"
                        + " ('web', 'hits', 'tags', 5, 'Array(Nullable(String))', ''),"
                        + " ('web', 'hits', 'at', 6, 'DateTime64(3, ''UTC'')', ''),"
                        + " ('web', 'hits_view', 'id', 1, 'UInt64', ''),"
                        + " ('web', 'daily', 'day', 1, 'Date', ''),"
                        + " ('system', 'numbers', 'number', 1, 'UInt64', '')");
        return c;
    }

    /** Every table, the golden file; then a slice from the second key on, and a filter, give what they should. */
    private static void assertCatalog(String engine, SqlCatalog catalog, Connection c) throws Exception {
        List<TableMetadata> all = read(catalog, c, TableFilter.ALL, Slice.WHOLE);
        Golden.assertMatches("jdbc-emulated/" + engine + ".txt", Golden.render(all));

        List<TableKey> keys = new ArrayList<>();
        catalog.tableKeys(c, new TableFilters(TableFilter.ALL), keys::add);
        assertThat(keys).isEqualTo(all.stream().map(TableMetadata::key).toList());

        TableKey second = keys.get(1);
        assertThat(read(catalog, c, TableFilter.ALL, new Slice("p0002", second, null)))
                .isEqualTo(all.subList(1, all.size()));
        TableFilter onlySecond = new TableFilter(second.schema(), List.of(), List.of(),
                List.of(second.schema() + "." + second.name()), List.of(), List.of());
        assertThat(read(catalog, c, onlySecond, Slice.WHOLE)).containsExactly(all.get(1));
        c.close();
    }

    /** The keys a source with this filter reads: the catalog's default scope applied, as the adapter does. */
    private static List<String> scopedKeys(SqlCatalog catalog, Connection c, TableFilter filter) throws SQLException {
        TableFilters filters = catalog.scope(c, new TableFilters(filter));
        List<String> keys = new ArrayList<>();
        catalog.tableKeys(c, filters, key -> keys.add(key.qualified()));
        return keys;
    }

    private static List<TableMetadata> read(SqlCatalog catalog, Connection c, TableFilter filter, Slice slice)
            throws SQLException {
        TableFilters filters = new TableFilters(filter);
        JdbcTarget target = new JdbcTarget("emulated", "jdbc:sqlite::memory:", new Properties(), null);
        CatalogRows rows = catalog.columns(c, filters, slice, null);
        List<TableMetadata> tables = new ArrayList<>();
        // The stream closes its connection; this one is shared by the calls above, so it is handed a wrapper.
        var stream = new CatalogTableStream(null, rows, filters, new JdbcErrors("emulated", target, null));
        stream.forEachRemaining(tables::add);
        stream.close();
        return tables;
    }

    private static Connection sqlite() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    private interface Body {
        Object apply(Object[] args);
    }

    private static void function(Connection c, String name, int arity, Body body) throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                Object[] args = new Object[args()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = value_text(i);
                }
                Object result = body.apply(args);
                if (result == null) {
                    result();
                } else if (result instanceof Integer number) {
                    result(number);
                } else {
                    result(String.valueOf(result));
                }
            }
        }, arity, 0);
    }
}
