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

    public void previous(Map<TableKey, TableMetadata> tables) {
        this.previous = Map.copyOf(tables);
    }

    public TableMetadata table(TableKey key, Path file, Supplier<TableMetadata> read) {
        TableMetadata earlier = previous.get(key);
        String path = file.toAbsolutePath().normalize().toString();
        if (earlier != null && earlier.file() != null && earlier.file().path().equals(path)
                && earlier.file().sameAs(file)) {
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
