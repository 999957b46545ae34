package io.schemabuilder.source.files;

import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The cached refresh of file sources: a table whose file is unchanged since the run that wrote the previous
 * schema.json is taken from there, unread. Counts the files it did read. A table read without its file recorded gets
 * it here (a second pass over the file for the hash).
 */
public final class FileReuse {
    private volatile Map<TableKey, TableMetadata> previous = Map.of();
    private final AtomicLong reads = new AtomicLong();
    private final FileBytes bytes;

    /** For sources whose tables are files of their own (CSV): a reused file counts as done in {@code bytes}. */
    public FileReuse(FileBytes bytes) {
        this.bytes = bytes;
    }

    /** For sources whose tables share a file (the sheets of a workbook). */
    public FileReuse() {
        this(null);
    }

    public void previous(Map<TableKey, TableMetadata> tables) {
        this.previous = Map.copyOf(tables);
    }

    public TableMetadata table(TableKey key, Path file, Supplier<TableMetadata> read) {
        TableMetadata earlier = previous.get(key);
        String path = file.toAbsolutePath().normalize().toString();
        if (earlier != null && earlier.file() != null && earlier.file().path().equals(path)
                && earlier.file().sameAs(file)) {
            if (bytes != null) {
                bytes.skipped(earlier.file().size());
            }
            return earlier;
        }
        reads.incrementAndGet();
        TableMetadata table = read.get();
        if (table == null || table.file() != null) {
            return table;
        }
        return table.withFile(SourceFile.of(file));
    }

    /** Files read (not reused) so far. */
    public long reads() {
        return reads.get();
    }
}
