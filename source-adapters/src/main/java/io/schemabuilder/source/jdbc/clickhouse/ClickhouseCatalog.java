package io.schemabuilder.source.jdbc.clickhouse;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** ClickHouse: system.columns, with types as ClickHouse writes them (Nullable(...), LowCardinality(...)). */
public final class ClickhouseCatalog extends SqlCatalog {

    public ClickhouseCatalog(int queryTimeoutSeconds) {
        super("clickhouse", queryTimeoutSeconds);
    }
}
