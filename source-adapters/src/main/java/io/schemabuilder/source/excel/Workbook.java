package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import java.io.IOException;
import java.util.List;

/** One workbook file, opened for each use (a stream of sheets is short-lived). */
interface Workbook {

    List<String> sheetNames() throws IOException;

    /** The sheet's columns, from its header row and up to {@code maxRows} data rows; null for an empty sheet. */
    List<ColumnMetadata> columns(String sheet, int headerRow, long maxRows) throws IOException;
}
