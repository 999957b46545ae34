package io.schemabuilder.batch.output;

import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The staged tables of one source, in key order, read from its partitions' staging files. Only each record's key and
 * position are held in memory; a table is read back from disk when it is iterated. A key staged twice (which exact
 * restart should never produce) keeps its last record.
 */
public final class StagingIndex implements SchemaFileWriter.SortedTables, AutoCloseable {
    private record Position(int file, long offset, int length) {
    }

    private final List<FileChannel> channels = new ArrayList<>();
    private final TreeMap<TableKey, Position> positions = new TreeMap<>();

    private StagingIndex() {
    }

    /** Indexes the files; {@code duplicates} hears of each key found more than once. */
    public static StagingIndex of(List<Path> stagingFiles, Consumer<TableKey> duplicates) throws IOException {
        StagingIndex index = new StagingIndex();
        try {
            for (Path file : stagingFiles) {
                index.add(file, duplicates);
            }
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    public int size() {
        return positions.size();
    }

    private void add(Path file, Consumer<TableKey> duplicates) throws IOException {
        int fileNumber = channels.size();
        channels.add(FileChannel.open(file, StandardOpenOption.READ));
        try (StagingRecords records = new StagingRecords(file)) {
            while (records.next()) {
                TableKey key = records.key();
                if (positions.put(key, new Position(fileNumber, records.position(), records.length())) != null) {
                    duplicates.accept(key);
                }
            }
        }
    }

    @Override
    public Iterable<RenderedTable> inKeyOrder() {
        return () -> new Iterator<>() {
            private final Iterator<Position> next = positions.values().iterator();

            @Override
            public boolean hasNext() {
                return next.hasNext();
            }

            @Override
            public RenderedTable next() {
                return read(next.next());
            }
        };
    }

    private RenderedTable read(Position position) {
        ByteBuffer buffer = ByteBuffer.allocate(position.length());
        try {
            FileChannel channel = channels.get(position.file());
            long at = position.offset();
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException("staging file ended early");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StagedTableCodec.parse(buffer.array(), 0, position.length());
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (FileChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
