package io.schemabuilder.source.jdbc.clickhouse;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** ClickHouse: system.columns, with types as ClickHouse writes them (Nullable(...), LowCardinality(...)). */
public final class ClickhouseCatalog extends SqlCatalog {

    public ClickhouseCatalog(int queryTimeoutSeconds) {
        super("clickhouse", queryTimeoutSeconds);
    }

    /** ClickHouse's LIKE has no ESCAPE clause (backslash escapes only): the globs are applied as rows stream by. */
    @Override
    protected boolean pushesFilters() {
        return false;
    }
}
