package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.files.ColumnInference;
import io.schemabuilder.source.files.ColumnNames;
import io.schemabuilder.source.files.InferredType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of one sheet, built cell by cell as a sheet streams by: the header row's cells name them, later
 * rows' cells narrow their types; rows above the header are ignored. Rows with no value at all (trailing or not)
 * are ignored, and so are trailing columns with neither a name nor a value. Memory grows with the columns, not the
 * rows.
 */
final class SheetColumns {
    static final Set<InferredType> BOOLEAN = EnumSet.of(InferredType.BOOLEAN);
    static final Set<InferredType> TEXT = EnumSet.of(InferredType.VARCHAR);

    private final int headerRow;
    private final long maxRows;
    private final List<String> header = new ArrayList<>();
    private final List<ColumnInference> columns = new ArrayList<>();
    private long[] valuesSeen = new long[16];
    private long dataRows;
    private boolean rowHasValue;
    private boolean sampleComplete;

    /**
     * @param headerRow 1-based row holding the names
     * @param maxRows   data rows to read (the sample)
     */
    SheetColumns(int headerRow, long maxRows) {
        this.headerRow = headerRow;
        this.maxRows = maxRows;
    }

    void startRow() {
        rowHasValue = false;
    }

    /**
     * A non-empty cell of the 1-based {@code row}.
     *
     * @param text the cell's text as a header name; only read on the header row
     */
    void cell(int row, int column, String text, Set<InferredType> fits) {
        if (row < headerRow) {
            return;
        }
        if (row == headerRow) {
            name(column, text);
            return;
        }
        if (!rowHasValue && dataRows >= maxRows) {
            // A value in one more row than the sample: the sheet goes on, so not every row is read.
            sampleComplete = true;
            return;
        }
        while (columns.size() <= column) {
            columns.add(new ColumnInference());
        }
        if (valuesSeen.length <= column) {
            valuesSeen = Arrays.copyOf(valuesSeen, Math.max(column + 1, valuesSeen.length * 2));
        }
        columns.get(column).accept(fits);
        valuesSeen[column]++;
        rowHasValue = true;
    }

    /** A header cell's text, also when it is known only after the sheet was read (an .xlsx shared string). */
    void name(int column, String text) {
        while (header.size() <= column) {
            header.add(null);
        }
        header.set(column, text);
    }

    void endRow(int row) {
        if (row > headerRow && rowHasValue) {
            dataRows++;
        }
    }

    /** True once a value was seen beyond the sample: the reader can stop. */
    boolean sampleComplete() {
        return sampleComplete;
    }

    boolean isEmpty() {
        return lastNamed() < 0 && columns.isEmpty();
    }

    /** The columns; when the sample stopped before the sheet's end, every column is nullable. */
    List<ColumnMetadata> build() {
        boolean readAll = !sampleComplete;
        int width = Math.max(lastNamed() + 1, columns.size());
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            names.add(i < header.size() ? header.get(i) : null);
        }
        names = ColumnNames.of(names);
        List<ColumnMetadata> result = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            ColumnInference column = i < columns.size() ? columns.get(i) : new ColumnInference();
            long seen = i < columns.size() ? valuesSeen[i] : 0;
            boolean nullable = seen < dataRows || dataRows == 0 || !readAll;
            result.add(new ColumnMetadata(names.get(i), i + 1, column.type().duckdbName(), nullable));
        }
        return result;
    }

    private int lastNamed() {
        for (int i = header.size() - 1; i >= 0; i--) {
            if (header.get(i) != null && !header.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
