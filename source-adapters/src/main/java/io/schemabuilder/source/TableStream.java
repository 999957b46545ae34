package io.schemabuilder.source;

import java.util.Iterator;

/**
 * Tables read lazily from an open cursor or file. Always close it; {@link #next()} may throw
 * {@link SourceException}.
 */
public interface TableStream extends Iterator<TableMetadata>, AutoCloseable {

    @Override
    void close();
}
