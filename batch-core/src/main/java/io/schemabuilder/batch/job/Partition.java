package io.schemabuilder.batch.job;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.SourceConfig;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One worker step's share of the work: a slice of one source.
 *
 * @param name       the partition's name, stable across restarts: the source name for a source read whole,
 *                   {@code source#sliceId} for a source split into slices. The worker step is {@code worker:<name>}.
 * @param planFailed the source could not be planned (unreachable, say); its one partition fails with the cause,
 *                   and a restart plans it again
 */
public record Partition(String name, String source, Slice slice, boolean planFailed) {
    public static final String WORKER_STEP = "worker";
    /**
     * The context key of the source's zone ({@code zone:} in the config), set by the partitioner: a remote run
     * routes the partition's request by it.
     */
    public static final String ZONE = "zone";

    private static final String SOURCE = "source";
    private static final String SLICE_ID = "slice.id";
    private static final String FROM_SCHEMA = "slice.from.schema";
    private static final String FROM_NAME = "slice.from.name";
    private static final String TO_SCHEMA = "slice.to.schema";
    private static final String TO_NAME = "slice.to.name";
    private static final String PARTITION = "partition";

    public static Partition whole(String source, boolean planFailed) {
        return new Partition(source, source, Slice.WHOLE, planFailed);
    }

    public static Partition of(String source, Slice slice) {
        return new Partition(source + "#" + slice.id(), source, slice, false);
    }

    /** The same partition reading another slice (a source read whole keeps its name whatever its slice). */
    public Partition withSlice(Slice other) {
        return new Partition(name, source, other, planFailed);
    }

    public String stepName() {
        return WORKER_STEP + ":" + name;
    }

    /** The worker step's initial context: everything the worker needs besides the config file. */
    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putString(PARTITION, name);
        context.putString(SOURCE, source);
        context.putString(SLICE_ID, slice.id());
        putKey(context, FROM_SCHEMA, FROM_NAME, slice.from());
        putKey(context, TO_SCHEMA, TO_NAME, slice.to());
        return context;
    }

    public static Partition fromContext(ExecutionContext context) {
        Slice slice = new Slice(context.getString(SLICE_ID), key(context, FROM_SCHEMA, FROM_NAME),
                key(context, TO_SCHEMA, TO_NAME));
        return new Partition(context.getString(PARTITION), context.getString(SOURCE), slice, false);
    }

    /** The partition's zone; {@code default} for a partition made before zones existed. */
    public static String zoneOf(ExecutionContext context) {
        return context.containsKey(ZONE) ? context.getString(ZONE) : SourceConfig.DEFAULT_ZONE;
    }

    static void putKey(ExecutionContext context, String schemaKey, String nameKey, TableKey key) {
        if (key != null) {
            context.putString(schemaKey, key.schema());
            context.putString(nameKey, key.name());
        }
    }

    static TableKey key(ExecutionContext context, String schemaKey, String nameKey) {
        return context.containsKey(schemaKey) ? new TableKey(context.getString(schemaKey), context.getString(nameKey))
                : null;
    }
}
