package io.schemabuilder.source;

import io.schemabuilder.types.Dialect;
import java.util.List;

/**
 * Reads the table metadata of one configured source. Plain Java, no Spring Batch: the job wraps it.
 * Implementations are thread-safe: the partitions of one source may stream different slices at once.
 * Every failure is a {@link SourceException} that names the source and the cause.
 */
public interface SourceAdapter extends AutoCloseable {

    /** Fails fast when the source cannot be reached, authenticated or read. */
    void check();

    /**
     * Goes as far as a run's first query without reading columns, for {@code check} (after {@link #check}): lists
     * the tables the source's filters select (a database), or opens and sniffs the files. Fails with the categories
     * a run would. The default streams the tables: adapters override it with something cheaper.
     */
    default SourceProbe probe() {
        java.util.Set<String> schemas = new java.util.HashSet<>();
        long tables = 0;
        for (Slice slice : plan(Integer.MAX_VALUE)) {
            try (TableStream stream = tables(slice, null)) {
                while (stream.hasNext()) {
                    schemas.add(stream.next().key().schema());
                    tables++;
                }
            }
        }
        return new SourceProbe(getClass().getSimpleName(), schemas.size(), tables);
    }

    /**
     * Splits the source into slices of at most about {@code partitionThreshold} tables, ordered and disjoint;
     * a source no bigger than that is one {@link Slice#WHOLE}. The same catalog gives the same slices.
     */
    List<Slice> plan(int partitionThreshold);

    /**
     * The slice's tables in key order, starting after {@code after} (null: from the slice's start). Restart
     * passes the last key a committed chunk held, so that no table is lost or read twice.
     */
    TableStream tables(Slice slice, TableKey after);

    /**
     * Tables of an earlier run, each with the file it was read from: a file source returns such a table as it is,
     * without reading its file, when the file is unchanged ({@link SourceFile#sameAs}). Other sources ignore it.
     */
    default void reuseUnchanged(java.util.Map<TableKey, TableMetadata> previous) {
    }

    /**
     * The sqlglot dialect of this source's native types when the config does not say (a {@code type: jdbc} URL):
     * what the adapter learned from the URL or the driver. Null when it does not know.
     */
    default Dialect dialect() {
        return null;
    }

    /** Bytes done of its files' total, for the progress line; null for a source that is not files it streams. */
    default io.schemabuilder.source.files.FileBytes fileBytes() {
        return null;
    }

    @Override
    void close();
}
