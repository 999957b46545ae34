package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the real MariaDB, with three databases of this test's own beside whatever else the server holds (the test
 * database, other tests' databases): what a source reads by default is its configured database, and the config
 * widens or moves that on purpose. The golden file lists what each configuration reads, of this test's databases
 * (their unique prefix shown as {@code <db>}).
 */
class MariadbDatabaseScopeTest {
    private final String prefix = RealServices.uniqueName("sb_scope");
    private final String sales = prefix + "_sales";
    private final String hr = prefix + "_hr";
    private final String logs = prefix + "_logs";

    @BeforeEach
    void createDatabases() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            RealServices.execute(c,
                    "CREATE DATABASE " + sales, "CREATE TABLE " + sales + ".orders (id int)",
                    "CREATE TABLE " + sales + ".customers (id int, name text)",
                    "CREATE DATABASE " + hr, "CREATE TABLE " + hr + ".people (id int)",
                    "CREATE TABLE " + hr + ".orders (x int)",
                    "CREATE DATABASE " + logs, "CREATE TABLE " + logs + ".events (at datetime)");
        }
    }

    @AfterEach
    void dropDatabases() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            RealServices.execute(c, "DROP DATABASE IF EXISTS " + sales, "DROP DATABASE IF EXISTS " + hr,
                    "DROP DATABASE IF EXISTS " + logs);
        }
    }

    @Test
    void aSourceReadsItsConfiguredDatabaseUnlessItsConfigNamesOtherSchemas() throws Exception {
        String text = String.join("\n",
                read("database: sales", server(sales, TableFilter.ALL)),
                read("url .../sales", url(sales, TableFilter.ALL)),
                read("database: sales, tables: {include: [o*]}", server(sales, filter(null, List.of(), List.of("o*")))),
                read("database: sales, db_schema: hr", server(sales, filter(hr, List.of(), List.of()))),
                read("database: sales, schemas: {include: [<db>_*]}",
                        server(sales, filter(null, List.of(prefix + "_*"), List.of()))),
                read("database: sales, table_names: [<db>_hr.orders]",
                        server(sales, names(hr + ".orders"))),
                read("database: sales, table_names: [orders]", server(sales, names("orders"))),
                read("url without a database", url("", TableFilter.ALL)),
                "");

        Golden.assertMatches("jdbc-scope/mariadb.txt", text);
    }

    /** The configuration, then the keys of this test's databases it read. */
    private String read(String configuration, JdbcSourceConfig config) {
        List<TableMetadata> tables = Tables.all(new JdbcSourceAdapter(config, w -> { }));
        return configuration + " -> " + tables.stream().map(t -> t.key().qualified())
                .filter(key -> key.startsWith(prefix)).map(key -> key.replace(prefix, "<db>"))
                .collect(Collectors.joining(", "));
    }

    private static JdbcSourceConfig server(String database, TableFilter filter) {
        URI uri = URI.create(RealServices.MARIADB_URL.substring("jdbc:".length()));
        return new JdbcSourceConfig("my", "mariadb", null, null, uri.getHost(), uri.getPort(), database,
                RealServices.MARIADB_USER, null, filter, JdbcSourceConfig.DEFAULT_CONNECT_TIMEOUT,
                JdbcSourceConfig.DEFAULT_QUERY_TIMEOUT, 5000, java.util.Map.of(), null, null, null);
    }

    private static JdbcSourceConfig url(String database, TableFilter filter) {
        URI uri = URI.create(RealServices.MARIADB_URL.substring("jdbc:".length()));
        JdbcSourceConfig c = JdbcSourceConfig.ofUrl("my", "mariadb", null, "jdbc:mariadb://" + uri.getHost() + ":"
                + uri.getPort() + "/" + database + "?user=" + RealServices.MARIADB_USER);
        return SqliteCatalogTest.withFilter(c, filter);
    }

    private static TableFilter filter(String dbSchema, List<String> schemaInclude, List<String> tableInclude) {
        return new TableFilter(dbSchema, schemaInclude, List.of(), List.of(), tableInclude, List.of());
    }

    private static TableFilter names(String... names) {
        return new TableFilter(null, List.of(), List.of(), List.of(names), List.of(), List.of());
    }
}
