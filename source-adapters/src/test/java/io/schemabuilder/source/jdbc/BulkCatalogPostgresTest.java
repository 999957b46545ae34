package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Big catalogs in the real PostgreSQL, made set-based (one DO block): the catalog is read with one query per slice,
 * never one per table, and reading 20,000 tables takes no more heap than reading 1,000.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkCatalogPostgresTest {
    private final String small = RealServices.uniqueName("sb_bulk_small");
    private final String big = RealServices.uniqueName("sb_bulk_big");

    @BeforeAll
    void createCatalogs() throws Exception {
        try (Connection c = RealServices.postgres()) {
            create(c, small, 1_000);
            create(c, big, 20_000);
        }
    }

    /**
     * Ten columns a table, of types with a bounded width and no primary key: PostgreSQL then makes one file a table
     * (no TOAST table, no index), which creates 20,000 tables in seconds rather than minutes. Keys, comments and
     * every type family are the conformance suite's business; this test is about counts and memory.
     */
    private static void create(Connection c, String schema, int tables) throws Exception {
        c.setAutoCommit(true);
        RealServices.execute(c, "CREATE SCHEMA " + schema,
                "DO $$ BEGIN FOR i IN 0.." + (tables - 1) + " LOOP EXECUTE format('CREATE TABLE " + schema
                        + ".t%s (id bigint NOT NULL, name varchar(100), amount numeric(12,2), at timestamptz,"
                        + " flag boolean, payload varchar(200), code char(3), qty integer, ratio double precision,"
                        + " day date)', i); IF i % 1000 = 999 THEN COMMIT; END IF; END LOOP; END $$");
    }

    @AfterAll
    void dropCatalogs() throws Exception {
        try (Connection c = RealServices.postgres()) {
            c.setAutoCommit(true);
            for (String schema : List.of(small, big)) {
                dropInBatches(c, schema);
            }
        }
    }

    /** A schema of 20,000 tables is dropped 1,000 tables a transaction: each drop holds a lock until commit. */
    static void dropInBatches(Connection c, String schema) throws Exception {
        RealServices.execute(c, "DO $$ DECLARE r record; n int := 0; BEGIN FOR r IN SELECT tablename FROM pg_tables"
                + " WHERE schemaname = '" + schema + "' LOOP EXECUTE format('DROP TABLE " + schema + ".%I', r.tablename);"
                + " n := n + 1; IF n % 1000 = 0 THEN COMMIT; END IF; END LOOP; END $$",
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static SourceAdapter adapter(String url, String schema) {
        JdbcSourceConfig c = JdbcSourceConfig.ofUrl("pg", "postgresql", null, url + "?user=" + RealServices.POSTGRES_USER);
        return new JdbcSourceAdapter(SqliteCatalogTest.withFilter(c,
                new TableFilter(schema, List.of(), List.of(), List.of(), List.of(), List.of())), w -> { });
    }

    @Test
    void aThousandTablesAreReadWithOneQueryNotOnePerTable() throws Exception {
        CountingDriver.register();
        String url = CountingDriver.PREFIX + RealServices.POSTGRES_URL.substring("jdbc:".length());
        SourceAdapter adapter = adapter(url, small);
        int before = CountingDriver.STATEMENTS.get();

        List<Slice> slices = adapter.plan(2_000);
        int tables = Tables.all(adapter, slices.get(0), null).size();

        assertThat(tables).isEqualTo(1_000);
        assertThat(CountingDriver.STATEMENTS.get() - before).as("statements: one to plan, one to read")
                .isLessThanOrEqualTo(2);
    }

    @Test
    void slicesOfABigCatalogAreReadOneQueryEachAndCoverItOnce() throws Exception {
        CountingDriver.register();
        String url = CountingDriver.PREFIX + RealServices.POSTGRES_URL.substring("jdbc:".length());
        SourceAdapter adapter = adapter(url, big);
        int before = CountingDriver.STATEMENTS.get();

        List<Slice> slices = adapter.plan(2_000);
        long tables = 0;
        for (Slice slice : slices) {
            tables += count(adapter, slice);
        }

        assertThat(slices).hasSize(10);
        assertThat(tables).isEqualTo(20_000);
        assertThat(CountingDriver.STATEMENTS.get() - before).isEqualTo(1 + slices.size());
    }

    @Test
    void heapAfterStreaming20000TablesStaysWithinAFifthOfHeapAfter1000() {
        long heapSmall = heapAfterReading(adapter(RealServices.POSTGRES_URL, small));
        long heapBig = heapAfterReading(adapter(RealServices.POSTGRES_URL, big));

        System.out.printf("used heap after streaming: 1,000 tables %d KB, 20,000 tables %d KB%n", heapSmall / 1024,
                heapBig / 1024);
        assertThat((double) heapBig).isLessThanOrEqualTo(1.2 * heapSmall);
    }

    /** Streams every table (as the job does, keeping none), then measures the used heap after a GC at the end. */
    private static long heapAfterReading(SourceAdapter adapter) {
        long tables = 0;
        long peak = 0;
        try (TableStream stream = adapter.tables(Slice.WHOLE, null)) {
            while (stream.hasNext()) {
                stream.next();
                if (++tables % 5_000 == 0) {
                    peak = Math.max(peak, usedAfterGc());
                }
            }
            peak = Math.max(peak, usedAfterGc());
        }
        return peak;
    }

    private static long count(SourceAdapter adapter, Slice slice) {
        long n = 0;
        try (TableStream stream = adapter.tables(slice, null)) {
            while (stream.hasNext()) {
                stream.next();
                n++;
            }
        }
        return n;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
