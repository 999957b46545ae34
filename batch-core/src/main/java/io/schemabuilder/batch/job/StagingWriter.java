package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.batch.output.StagedTableCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends each chunk's tables to the partition's staging file, one record per table ({@link StagedTableCodec}), and fsyncs it. The length
 * at the last commit is kept in the step's context: a restart first cuts the file back to it, dropping whatever
 * a crashed chunk wrote after that commit, so no table is staged twice.
 */
public class StagingWriter implements ItemStreamWriter<StagedTable> {
    static final String COMMITTED_LENGTH = "writer.committed.length";
    static final String TABLES = "writer.tables";
    static final String COLUMNS = "writer.columns";

    private final Path file;
    private final String source;
    private FileChannel channel;
    private java.nio.file.FileStore store;
    private long tables;
    private long columns;
    private long chunks;

    public StagingWriter(Path file, String source) {
        this.file = file;
        this.source = source;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        long committed = context.getLong(COMMITTED_LENGTH, 0L);
        tables = context.getLong(TABLES, 0L);
        columns = context.getLong(COLUMNS, 0L);
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.size() < committed) {
                throw new ItemStreamException("staging file " + file + " is shorter (" + channel.size()
                        + " bytes) than its last commit (" + committed + " bytes): it was changed outside the run");
            }
            channel.truncate(committed);
            channel.position(committed);
            store = LocalWrites.store(file);
        } catch (IOException e) {
            throw LocalWrites.failure(source, file, e);
        }
    }

    @Override
    public void write(Chunk<? extends StagedTable> chunk) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(chunk.size() * 1024);
        for (StagedTable table : chunk) {
            bytes.writeBytes(StagedTableCodec.record(table));
            tables++;
            columns += table.columns().size();
        }
        LocalWrites.ensureRoom(source, file, store, bytes.size());
        try {
            if (FaultInjection.noSpace(FaultInjection.Point.WRITE, source, chunks + 1)) {
                throw new IOException("No space left on device");
            }
            byte[] records = bytes.toByteArray();
            // In two halves, so that a crash test can leave a torn record on disk (what the truncation in open
            // undoes): the fault point between them costs one field read when off.
            writeFully(ByteBuffer.wrap(records, 0, records.length / 2));
            FaultInjection.reached(FaultInjection.Point.STAGE, source, chunks + 1);
            writeFully(ByteBuffer.wrap(records, records.length / 2, records.length - records.length / 2));
            channel.force(false);
        } catch (IOException e) {
            throw LocalWrites.failure(source, file, e);
        }
        chunks++;
        FaultInjection.reached(FaultInjection.Point.WRITE, source, chunks);
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        try {
            context.putLong(COMMITTED_LENGTH, channel.position());
        } catch (IOException e) {
            throw new ItemStreamException("cannot read the staging file's position", e);
        }
        context.putLong(TABLES, tables);
        context.putLong(COLUMNS, columns);
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close staging file " + file, e);
            }
            channel = null;
        }
    }
}
