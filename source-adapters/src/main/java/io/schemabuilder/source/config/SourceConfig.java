package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;

/** One entry of the config's {@code sources:} list, validated, with environment references resolved. */
public sealed interface SourceConfig permits JdbcSourceConfig, CsvSourceConfig, ExcelSourceConfig {

    /**
     * Default {@code partition_threshold} of a database: a source with more tables is read in slices of that many.
     * Each slice's query repeats part of the catalog scan on the server (PostgreSQL: the pg_class scan and the
     * privilege checks), so slices are kept few: 20,000 tables make 4, as many as the default {@code --parallel}.
     * (2,000 per slice made b of the catalog benchmark 10% slower on 2 cores, docs/performance.md.)
     */
    int DEFAULT_TABLES_PER_PARTITION = 5_000;

    /**
     * Default {@code partition_threshold} of file sources: files are read one by one, so finer partitions spread a
     * big folder over more threads.
     */
    int DEFAULT_FILES_PER_PARTITION = 2_000;

    /** {@code [A-Za-z0-9_-]+}, unique in the config; names the output folder. */
    String name();

    /** The config's {@code type}, as written (lower case): written to schema.json as {@code source_type}. */
    String type();

    /** The sqlglot dialect of this source's native types; null only for {@code type: jdbc} without {@code dialect:}. */
    Dialect dialect();

    int partitionThreshold();

    /** The zone of a source without {@code zone:}: the one a worker serves unless told otherwise. */
    String DEFAULT_ZONE = "default";

    /**
     * {@code [A-Za-z0-9_-]+}: the network zone the source is reachable from. With remote workers, only a worker
     * of this zone reads it (its partitions are routed by this name).
     */
    String zone();
}
