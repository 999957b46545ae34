package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One suite for every engine (as Trino's BaseJdbcConnectorTest): each subclass creates the same small catalog in
 * its engine's DDL (orders, customers, a view, comments and primary keys where the engine has them; a table of the
 * engine's type families; odd names: a dot, a space, a double quote, mixed case, unicode) in its own schema or
 * database, and the same behaviours must hold. What each engine reports is in a
 * golden file per engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogConformanceTest {

    /** The engine's name, for the golden file. */
    abstract String engine();

    /** Creates the catalog (orders, customers, an odd name, a view) in the test's own schema or database. */
    abstract void createCatalog() throws Exception;

    abstract void dropCatalog() throws Exception;

    /** A source reading the test's schema (db_schema set to it) with this filter. */
    abstract JdbcSourceConfig source(TableFilter filter);

    /** The schema the test's tables are in. */
    abstract String schema();

    @BeforeAll
    void create() throws Exception {
        createCatalog();
    }

    @AfterAll
    void drop() throws Exception {
        dropCatalog();
    }

    SourceAdapter adapter(TableFilter filter) {
        return new JdbcSourceAdapter(source(filter), warning -> { });
    }

    TableFilter onlyTestSchema() {
        return new TableFilter(schema(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void readsEveryTableAndViewWithTheirColumnsInOrderAsTheGoldenFileSays() throws Exception {
        List<TableMetadata> tables = Tables.all(adapter(onlyTestSchema()));

        Golden.assertMatches("jdbc-conformance/" + engine() + ".txt",
                Golden.render(tables).replace(schema() + ".", "<schema>."));
    }

    @Test
    void streamsTablesInCodePointOrderOfTheirKeys() {
        List<TableKey> keys = Tables.all(adapter(onlyTestSchema())).stream().map(TableMetadata::key).toList();

        assertThat(keys).hasSizeGreaterThanOrEqualTo(4).isSorted();
    }

    @Test
    void resumesStrictlyAfterTheLastCommittedTable() {
        SourceAdapter adapter = adapter(onlyTestSchema());
        List<TableMetadata> all = Tables.all(adapter);

        List<TableMetadata> rest = Tables.all(adapter, Slice.WHOLE, all.get(1).key());

        assertThat(rest).isEqualTo(all.subList(2, all.size()));
    }

    @Test
    void slicesOfOneTableEachCoverEveryTableOnce() {
        SourceAdapter adapter = adapter(onlyTestSchema());
        List<TableMetadata> all = Tables.all(adapter);

        List<Slice> slices = adapter.plan(1);
        List<TableMetadata> sliced = new ArrayList<>();
        for (Slice slice : slices) {
            sliced.addAll(Tables.all(adapter, slice, null));
        }

        assertThat(slices).hasSize(all.size());
        assertThat(sliced).isEqualTo(all);
    }

    @Test
    void aSourceSmallerThanItsThresholdIsOneSlice() {
        assertThat(adapter(onlyTestSchema()).plan(1000)).containsExactly(Slice.WHOLE);
    }

    @Test
    void aSchemaWithoutTablesGivesNoTablesAndOneSlice() {
        TableFilter none = new TableFilter(schema() + "_none", List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(Tables.all(adapter(none))).isEmpty();
        assertThat(adapter(none).plan(1)).containsExactly(Slice.WHOLE);
    }

    @Test
    void schemaGlobsIncludeOrExcludeTheWholeSchema() {
        String prefix = schema().substring(0, 2) + "*";
        TableFilter included = new TableFilter(schema(), List.of(prefix), List.of(), List.of(), List.of(), List.of());
        TableFilter excluded = new TableFilter(schema(), List.of(), List.of(prefix), List.of(), List.of(), List.of());

        assertThat(Tables.all(adapter(included))).isEqualTo(Tables.all(adapter(onlyTestSchema())));
        assertThat(Tables.all(adapter(excluded))).isEmpty();
    }

    @Test
    void globsAndNamesMatchCaseAndCharactersExactly() {
        assertThat(names(tables(List.of(), List.of("ORDERS"), List.of()))).isEmpty();
        assertThat(names(tables(List.of("ORDERS"), List.of(), List.of()))).isEmpty();
        assertThat(names(tables(List.of(), List.of(), List.of("ORDERS")))).contains("orders");
        assertThat(names(tables(List.of("MixedCase"), List.of(), List.of()))).containsExactly("MixedCase");
        // In a glob only * and ? are wildcards: LIKE's _ and % are plain characters.
        assertThat(names(tables(List.of(), List.of("with_space", "%"), List.of()))).isEmpty();
        assertThat(names(tables(List.of(), List.of("with?space", "odd.nam?"), List.of())))
                .containsExactly("odd.name", "with space");
        assertThat(names(tables(List.of(), List.of("*"), List.of("with?space", "*.*", "*\"*", "*e*"))))
                .containsExactly("日本");
    }

    @Test
    void quotedTableNamesSelectNamesWithDotsAndQuotes() {
        List<String> names = List.of("\"odd.name\"", schema() + ".\"has \"\"quote\"\"\"");

        assertThat(names(tables(names, List.of(), List.of()))).containsExactly("has \"quote\"", "odd.name");
    }

    private List<TableMetadata> tables(List<String> tableNames, List<String> include, List<String> exclude) {
        return Tables.all(adapter(new TableFilter(schema(), List.of(), List.of(), tableNames, include, exclude)));
    }

    private static List<String> names(List<TableMetadata> tables) {
        return tables.stream().map(t -> t.key().name()).toList();
    }

    @Test
    void tableNamesAndGlobsSelectTables() {
        TableFilter names = new TableFilter(schema(), List.of(), List.of(), List.of("orders", schema() + ".customers"),
                List.of(), List.of());
        TableFilter globs = new TableFilter(schema(), List.of(), List.of(), List.of(), List.of("*o*"),
                List.of("*view*"));

        assertThat(Tables.all(adapter(names)).stream().map(t -> t.key().name().toLowerCase()).toList())
                .containsExactly("customers", "orders");
        assertThat(Tables.all(adapter(globs)).stream().map(t -> t.key().name().toLowerCase()))
                .contains("orders", "customers").noneMatch(n -> n.contains("view"));
    }
}
