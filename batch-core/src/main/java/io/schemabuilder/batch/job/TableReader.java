package io.schemabuilder.batch.job;

import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams one partition's tables from its source. At every chunk commit it records the key of the last table it
 * handed out; a restart asks the source for the tables after that key, so the adapter skips nothing and repeats
 * nothing, and never re-reads a committed table.
 */
public class TableReader implements ItemStreamReader<TableMetadata> {
    static final String LAST_SCHEMA = "reader.last.schema";
    static final String LAST_NAME = "reader.last.name";
    static final String COUNT = "reader.count";

    private final Partition partition;
    private final SourceAdapter adapter;
    private final SourceProgress progress;
    private TableStream stream;
    private TableKey last;
    private long count;

    public TableReader(Partition partition, SourceAdapter adapter, SourceProgress progress) {
        this.partition = partition;
        this.adapter = adapter;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        last = Partition.key(context, LAST_SCHEMA, LAST_NAME);
        count = context.getLong(COUNT, 0L);
        adapter.check();
        stream = adapter.tables(partition.slice(), last);
    }

    @Override
    public TableMetadata read() {
        if (!stream.hasNext()) {
            return null;
        }
        TableMetadata table = stream.next();
        last = table.key();
        count++;
        progress.tableRead();
        FaultInjection.reached(FaultInjection.Point.READ, partition.source(), count);
        return table;
    }

    @Override
    public void update(ExecutionContext context) {
        Partition.putKey(context, LAST_SCHEMA, LAST_NAME, last);
        context.putLong(COUNT, count);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
