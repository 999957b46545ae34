package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * An Excel workbook (.xlsx streamed, .xls through HSSF): each sheet is a table.
 *
 * @param singleFile true when configured with Visivo's {@code file:}
 * @param sheets     the sheets to read; empty reads all
 * @param headerRow  1-based row holding the column names
 * @param sampleRows rows read to infer types; {@link CsvSourceConfig#ALL_ROWS} reads every row
 */
public record ExcelSourceConfig(String name, String type, Path path, boolean singleFile, List<String> sheets,
                                int headerRow, long sampleRows, int partitionThreshold, String zone)
        implements SourceConfig {

    public ExcelSourceConfig {
        sheets = List.copyOf(sheets);
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** In the default zone. */
    public ExcelSourceConfig(String name, String type, Path path, boolean singleFile, List<String> sheets,
                             int headerRow, long sampleRows, int partitionThreshold) {
        this(name, type, path, singleFile, sheets, headerRow, sampleRows, partitionThreshold, DEFAULT_ZONE);
    }

    /** All sheets, header on row 1: for tests. */
    public static ExcelSourceConfig of(String name, Path path) {
        return new ExcelSourceConfig(name, "excel", path, false, List.of(), 1, CsvSourceConfig.ALL_ROWS,
                DEFAULT_FILES_PER_PARTITION);
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }
}
