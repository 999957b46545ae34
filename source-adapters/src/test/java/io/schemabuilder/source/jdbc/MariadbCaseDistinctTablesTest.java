package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MariaDB on Linux keeps table names apart by case (T and t are two tables), but information_schema compares them
 * without case: joined on TABLE_NAME alone, a table took the kind, comment and primary key of its namesake in
 * another case, and its columns came twice (a view t listed as a table commented as T; U, without a key, with u's
 * key as [ID, ID]; metadata.total_columns counting each column twice).
 */
class MariadbCaseDistinctTablesTest {
    private final String database = RealServices.uniqueName("sb_case");

    @BeforeEach
    void createTables() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            RealServices.execute(c, "CREATE DATABASE " + database,
                    "CREATE TABLE " + database + ".T (Id int, y int) COMMENT 'upper T'",
                    "CREATE VIEW " + database + ".t AS SELECT 1 AS id",
                    "CREATE TABLE " + database + ".u (id int PRIMARY KEY, note text) COMMENT 'lower u'",
                    "CREATE TABLE " + database + ".U (ID int, other int)");
        }
    }

    @AfterEach
    void dropTables() throws Exception {
        try (Connection c = RealServices.mariadb()) {
            RealServices.execute(c, "DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void tablesNamedAlikeButForCaseKeepTheirOwnKindCommentKeyAndColumns() throws Exception {
        JdbcSourceConfig source = SqliteCatalogTest.withFilter(JdbcSourceConfig.ofUrl("my", "mariadb", null,
                        RealServices.MARIADB_URL + "?user=" + RealServices.MARIADB_USER),
                new TableFilter(database, List.of(), List.of(), List.of(), List.of(), List.of()));

        Golden.assertMatches("jdbc-case/mariadb.txt",
                Golden.render(Tables.all(new JdbcSourceAdapter(source, w -> { }))).replace(database + ".", "<db>."));
    }
}
