package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.batch.output.StagedTableCodec;
import java.io.ByteArrayOutputStream;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * A remote worker's writer: stages each chunk's tables as a row of the job repository ({@link RepositoryStaging}),
 * the same records {@link StagingWriter} appends to a file. The rows are inserted in the chunk's transaction (the
 * step's transaction manager is the repository's), which also saves the step's context with the count of tables
 * staged: a chunk rolled back (a failure, a worker killed) leaves no row, and a restart or another worker's takeover
 * goes on at the next sequence number.
 */
public class RepositoryStagingWriter implements ItemStreamWriter<StagedTable> {
    private final RepositoryStaging staging;
    private final String runId;
    private final Partition partition;
    private long tables;
    private long columns;
    private long chunks;

    public RepositoryStagingWriter(RepositoryStaging staging, String runId, Partition partition) {
        this.staging = staging;
        this.runId = runId;
        this.partition = partition;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        tables = context.getLong(StagingWriter.TABLES, 0L);
        columns = context.getLong(StagingWriter.COLUMNS, 0L);
        // Nothing to delete when the rows and the count commit together; but should a repository ever commit them
        // apart, rows the count does not hold would make the next insert a duplicate key: they are dropped.
        staging.deleteAfter(runId, partition.source(), partition.name(), tables);
    }

    @Override
    public void write(Chunk<? extends StagedTable> chunk) {
        ByteArrayOutputStream records = new ByteArrayOutputStream(chunk.size() * 1024);
        long chunkColumns = 0;
        for (StagedTable table : chunk) {
            records.writeBytes(StagedTableCodec.record(table));
            chunkColumns += table.columns().size();
        }
        staging.insert(runId, partition.source(), partition.name(), tables + 1, records.toByteArray());
        tables += chunk.size();
        columns += chunkColumns;
        chunks++;
        FaultInjection.reached(FaultInjection.Point.WRITE, partition.source(), chunks);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(StagingWriter.TABLES, tables);
        context.putLong(StagingWriter.COLUMNS, columns);
    }
}
