package io.schemabuilder.source.jdbc.oracle;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** Oracle: ALL_TAB_COLUMNS with the type rebuilt as DDL writes it (VARCHAR2(100 CHAR), NUMBER(*,0)). */
public final class OracleCatalog extends SqlCatalog {

    public OracleCatalog(int queryTimeoutSeconds) {
        super("oracle", queryTimeoutSeconds);
    }
}
