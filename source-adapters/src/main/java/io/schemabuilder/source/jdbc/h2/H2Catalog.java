package io.schemabuilder.source.jdbc.h2;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** H2 2.x: INFORMATION_SCHEMA.COLUMNS, with length, precision and array element types put back into the type text. */
public final class H2Catalog extends SqlCatalog {

    public H2Catalog(int queryTimeoutSeconds) {
        super("h2", queryTimeoutSeconds);
    }
}
