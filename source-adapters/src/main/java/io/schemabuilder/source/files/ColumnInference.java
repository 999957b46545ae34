package io.schemabuilder.source.files;

import java.util.Set;

/**
 * One column's type, narrowed value by value: each value keeps only the candidate types it can be read as; the
 * column's type is the most specific candidate left ({@link InferredType} order), VARCHAR when none is. Constant
 * memory. Once only VARCHAR is left, values are no longer looked at.
 */
public final class ColumnInference {
    private static final InferredType[] TYPES = InferredType.values();
    private static final int VARCHAR = bit(InferredType.VARCHAR);
    private static final int ALL = (1 << TYPES.length) - 1;

    private int candidates = ALL;
    private boolean sawNull;
    private boolean sawValue;

    /** A value that fits these types (VARCHAR always fits). */
    public void accept(Set<InferredType> fits) {
        sawValue = true;
        int mask = VARCHAR;
        for (InferredType type : fits) {
            mask |= bit(type);
        }
        candidates &= mask;
    }

    /**
     * A text value: each remaining candidate is tested, but for the wider types a fitting narrower one implies
     * (see {@link InferredType#wider()}).
     */
    public void accept(String value, TextValues values) {
        sawValue = true;
        int untested = candidates & ~VARCHAR;
        int kept = VARCHAR;
        while (untested != 0) {
            int lowest = Integer.lowestOneBit(untested);
            untested &= ~lowest;
            InferredType type = TYPES[Integer.numberOfTrailingZeros(lowest)];
            if (values.fits(value, type)) {
                int implied = type.wider() & untested;
                kept |= lowest | implied;
                untested &= ~implied;
            }
        }
        candidates = kept;
    }

    /** An empty cell or a null token. */
    public void acceptNull() {
        sawNull = true;
    }

    public InferredType type() {
        return sawValue ? TYPES[Integer.numberOfTrailingZeros(candidates)] : InferredType.VARCHAR;
    }

    public boolean sawNull() {
        return sawNull;
    }

    static int bit(InferredType type) {
        return 1 << type.ordinal();
    }
}
