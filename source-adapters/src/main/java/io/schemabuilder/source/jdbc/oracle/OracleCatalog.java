package io.schemabuilder.source.jdbc.oracle;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** Oracle: ALL_TAB_COLUMNS with the type rebuilt as DDL writes it (VARCHAR2(100 CHAR), NUMBER(*,0)). */
public final class OracleCatalog extends SqlCatalog {

    public OracleCatalog(int queryTimeoutSeconds) {
        super("oracle", queryTimeoutSeconds);
    }

    /**
     * ORDER BY follows NLS_SORT, which the thin driver derives from the JVM's locale (GERMAN on a German machine):
     * binary sort of AL32UTF8 is code-point order whatever the session says.
     */
    @Override
    protected String binary(String column) {
        return "NLSSORT(" + column + ", 'NLS_SORT=BINARY')";
    }
}
