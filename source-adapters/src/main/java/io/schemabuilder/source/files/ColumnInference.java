package io.schemabuilder.source.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * One column's type, narrowed value by value: each value keeps only the types it can be read as; the column's
 * type is the most specific type left ({@link InferredType} order), VARCHAR when none is. Constant memory.
 */
public final class ColumnInference {
    private final EnumSet<InferredType> candidates = EnumSet.allOf(InferredType.class);
    private boolean sawNull;
    private boolean sawValue;

    /** A value that fits these types (VARCHAR always fits). */
    public void accept(Set<InferredType> fits) {
        sawValue = true;
        candidates.retainAll(fits);
        candidates.add(InferredType.VARCHAR);
    }

    /** An empty cell or a null token. */
    public void acceptNull() {
        sawNull = true;
    }

    public InferredType type() {
        return sawValue ? candidates.iterator().next() : InferredType.VARCHAR;
    }

    public boolean sawNull() {
        return sawNull;
    }
}
