package io.schemabuilder.batch.job;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableKind;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source held in memory, for job tests: tables {@code s<i>.t<j>} with a few typed columns, sliced by threshold,
 * and able to fail once when it reaches a given table (as a database that drops its connection mid-read).
 */
final class InMemorySource implements SourceAdapter {
    private final String name;
    private final List<TableMetadata> tables;
    private final Set<TableKey> failOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger served = new AtomicInteger();
    private volatile String unreachable;
    private volatile io.schemabuilder.types.Dialect dialect;

    InMemorySource(String name, int schemas, int tablesPerSchema) {
        this(name, schemas, tablesPerSchema, "DECIMAL(10,2)");
    }

    InMemorySource(String name, int schemas, int tablesPerSchema, String amountType) {
        this.name = name;
        List<TableMetadata> all = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            for (int t = 0; t < tablesPerSchema; t++) {
                all.add(new TableMetadata(new TableKey("s" + s, String.format("t%03d", t)), TableKind.TABLE, null,
                        List.of(new ColumnMetadata("id", 1, "BIGINT", false),
                                new ColumnMetadata("name", 2, "VARCHAR", true),
                                new ColumnMetadata("amount", 3, amountType, true)),
                        List.of("id")));
            }
        }
        all.sort((a, b) -> a.key().compareTo(b.key()));
        this.tables = List.copyOf(all);
    }

    InMemorySource failOnceAt(TableKey key) {
        failOnce.add(key);
        return this;
    }

    /** What the source says its dialect is (a {@code type: jdbc} source without {@code dialect:}). */
    InMemorySource withDialect(io.schemabuilder.types.Dialect detected) {
        this.dialect = detected;
        return this;
    }

    @Override
    public io.schemabuilder.types.Dialect dialect() {
        return dialect;
    }

    InMemorySource unreachable(String message) {
        this.unreachable = message;
        return this;
    }

    int served() {
        return served.get();
    }

    @Override
    public void check() {
        if (unreachable != null) {
            throw new SourceException(name, ErrorCategory.CONNECT, unreachable);
        }
    }

    @Override
    public List<Slice> plan(int partitionThreshold) {
        check();
        if (tables.size() <= partitionThreshold) {
            return List.of(Slice.WHOLE);
        }
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < tables.size(); i += partitionThreshold) {
            TableKey from = i == 0 ? null : tables.get(i).key();
            int next = i + partitionThreshold;
            TableKey to = next >= tables.size() ? null : tables.get(next).key();
            slices.add(new Slice(String.format("p%04d", slices.size() + 1), from, to));
        }
        return slices;
    }

    @Override
    public TableStream tables(Slice slice, TableKey after) {
        check();
        Iterator<TableMetadata> it = tables.stream()
                .filter(t -> slice.contains(t.key()) && (after == null || t.key().compareTo(after) > 0))
                .iterator();
        return new TableStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public TableMetadata next() {
                TableMetadata table = it.next();
                if (failOnce.remove(table.key())) {
                    throw new SourceException(name, ErrorCategory.CONNECT, "connection reset while reading " + table.key());
                }
                served.incrementAndGet();
                return table;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
    }
}
