package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV files: {@code path} is a file, a directory or a glob. Each option left null is detected.
 *
 * @param singleFile  true when configured with Visivo's {@code file:}: the one table is named after the source
 * @param sampleRows  rows read to infer types; {@link #ALL_ROWS} reads every row
 * @param maxColumns  more columns in a row is an error (it bounds the memory a malformed file can take)
 */
public record CsvSourceConfig(String name, String type, Path path, boolean singleFile, String delimiter,
                              Character quote, Character escape, String encoding, Boolean hasHeader,
                              List<String> nullValues, String dateFormat, String timestampFormat, long sampleRows,
                              int partitionThreshold, int maxColumns, String zone) implements SourceConfig {

    /** As DuckDB's sniffer. */
    public static final long DEFAULT_SAMPLE_ROWS = 20_480;
    public static final long ALL_ROWS = Long.MAX_VALUE;
    /** {@code max_columns}: the default, and the most it may be set to. */
    public static final int DEFAULT_MAX_COLUMNS = 10_000;
    public static final int MAX_MAX_COLUMNS = 1_000_000;

    public CsvSourceConfig {
        nullValues = nullValues == null ? null : List.copyOf(nullValues);
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** In the default zone. */
    public CsvSourceConfig(String name, String type, Path path, boolean singleFile, String delimiter, Character quote,
                           Character escape, String encoding, Boolean hasHeader, List<String> nullValues,
                           String dateFormat, String timestampFormat, long sampleRows, int partitionThreshold,
                           int maxColumns) {
        this(name, type, path, singleFile, delimiter, quote, escape, encoding, hasHeader, nullValues, dateFormat,
                timestampFormat, sampleRows, partitionThreshold, maxColumns, DEFAULT_ZONE);
    }

    /** With the default {@code max_columns}. */
    public CsvSourceConfig(String name, String type, Path path, boolean singleFile, String delimiter, Character quote,
                           Character escape, String encoding, Boolean hasHeader, List<String> nullValues,
                           String dateFormat, String timestampFormat, long sampleRows, int partitionThreshold) {
        this(name, type, path, singleFile, delimiter, quote, escape, encoding, hasHeader, nullValues, dateFormat,
                timestampFormat, sampleRows, partitionThreshold, DEFAULT_MAX_COLUMNS);
    }

    /** A CSV source with every option detected: for tests. */
    public static CsvSourceConfig detected(String name, Path path) {
        return new CsvSourceConfig(name, "csv", path, false, null, null, null, null, null, null, null, null,
                DEFAULT_SAMPLE_ROWS, DEFAULT_FILES_PER_PARTITION);
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }
}
