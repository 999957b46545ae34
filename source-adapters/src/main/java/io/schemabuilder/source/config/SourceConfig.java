package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;

/** One entry of the config's {@code sources:} list, validated, with environment references resolved. */
public sealed interface SourceConfig permits JdbcSourceConfig, CsvSourceConfig, ExcelSourceConfig {

    /** Default for {@code partition_threshold}: a source with more tables is split into several partitions. */
    int DEFAULT_PARTITION_THRESHOLD = 2_000;

    /** {@code [A-Za-z0-9_-]+}, unique in the config; names the output folder. */
    String name();

    /** The config's {@code type}, as written (lower case): written to schema.json as {@code source_type}. */
    String type();

    /** The sqlglot dialect of this source's native types; null only for {@code type: jdbc} without {@code dialect:}. */
    Dialect dialect();

    int partitionThreshold();
}
