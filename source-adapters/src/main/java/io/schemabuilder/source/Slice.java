package io.schemabuilder.source;

/**
 * A part of a source that one partition reads: the tables with {@code from <= key < to} in the adapter's order.
 * A null bound is open. Small sources have one slice, {@link #WHOLE}.
 *
 * @param id stable within a source (partition names and restart state are keyed by it)
 */
public record Slice(String id, TableKey from, TableKey to) {

    public static final Slice WHOLE = new Slice("all", null, null);

    public boolean contains(TableKey key) {
        return (from == null || key.compareTo(from) >= 0) && (to == null || key.compareTo(to) < 0);
    }
}
