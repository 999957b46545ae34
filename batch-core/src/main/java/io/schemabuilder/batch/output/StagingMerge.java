package io.schemabuilder.batch.output;

import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The staged tables of one source in key order, merged while reading its partitions' staging files, each of which
 * the adapters write in key order. Memory holds one table per file; each file is read straight through once per
 * iteration. A key staged twice (which exact restart should never produce) keeps its last line, as in
 * {@link StagingIndex}. A file found out of key order (a generic JDBC driver may list tables in its own collation)
 * stops the iteration with {@link OutOfOrder}: the caller then falls back to {@link StagingIndex}.
 */
public final class StagingMerge implements SchemaFileWriter.SortedTables, AutoCloseable {

    /** A staging file whose tables are not in key order. */
    public static final class OutOfOrder extends RuntimeException {
        OutOfOrder(Path file, TableKey before, TableKey after) {
            super("staging file " + file + " is not in key order: " + after.qualified() + " after "
                    + before.qualified());
        }
    }

    private final List<Path> files;
    private final Consumer<TableKey> duplicates;
    private final List<Cursor> open = new ArrayList<>();
    private int iterations;

    /** @param files the staging files in partition order (a later file wins a key staged twice) */
    public StagingMerge(List<Path> files, Consumer<TableKey> duplicates) {
        this.files = List.copyOf(files);
        this.duplicates = duplicates;
    }

    @Override
    public Iterable<RenderedTable> inKeyOrder() {
        return () -> {
            PriorityQueue<Cursor> queue = new PriorityQueue<>(
                    Comparator.comparing((Cursor c) -> c.table.key()).thenComparingInt(c -> c.fileNumber));
            for (int i = 0; i < files.size(); i++) {
                Cursor cursor = open(i);
                if (cursor.advance()) {
                    queue.add(cursor);
                }
            }
            // The writer iterates twice; a duplicate is reported once.
            return new Merged(queue, iterations++ == 0);
        };
    }

    private Cursor open(int fileNumber) {
        try {
            Cursor cursor = new Cursor(fileNumber, files.get(fileNumber), new StagingRecords(files.get(fileNumber)));
            open.add(cursor);
            return cursor;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read staging file " + files.get(fileNumber), e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Cursor cursor : open) {
            try {
                cursor.records.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Pops the smallest key; a key equal to the next one is dropped in favour of the later copy. */
    private final class Merged implements Iterator<RenderedTable> {
        private final PriorityQueue<Cursor> queue;
        private final boolean reportDuplicates;

        Merged(PriorityQueue<Cursor> queue, boolean reportDuplicates) {
            this.queue = queue;
            this.reportDuplicates = reportDuplicates;
        }

        @Override
        public boolean hasNext() {
            return !queue.isEmpty();
        }

        @Override
        public RenderedTable next() {
            while (!queue.isEmpty()) {
                Cursor smallest = queue.poll();
                RenderedTable table = smallest.table;
                if (smallest.advance()) {
                    queue.add(smallest);
                }
                Cursor following = queue.peek();
                if (following != null && following.table.key().equals(table.key())) {
                    if (reportDuplicates) {
                        duplicates.accept(table.key());
                    }
                    continue;
                }
                return table;
            }
            throw new NoSuchElementException();
        }
    }

    private static final class Cursor {
        final int fileNumber;
        final Path file;
        final StagingRecords records;
        RenderedTable table;

        Cursor(int fileNumber, Path file, StagingRecords records) {
            this.fileNumber = fileNumber;
            this.file = file;
            this.records = records;
        }

        /** Reads the file's next table; false (and the file closed) at its end. */
        boolean advance() {
            try {
                if (!records.next()) {
                    records.close();
                    table = null;
                    return false;
                }
                RenderedTable next = records.table();
                if (table != null && next.key().compareTo(table.key()) < 0) {
                    throw new OutOfOrder(file, table.key(), next.key());
                }
                table = next;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read staging file " + file, e);
            }
        }
    }
}
