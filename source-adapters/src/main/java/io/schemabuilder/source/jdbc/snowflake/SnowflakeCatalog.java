package io.schemabuilder.source.jdbc.snowflake;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** Snowflake: the current database's INFORMATION_SCHEMA.COLUMNS. */
public final class SnowflakeCatalog extends SqlCatalog {

    public SnowflakeCatalog(int queryTimeoutSeconds) {
        super("snowflake", queryTimeoutSeconds);
    }
}
