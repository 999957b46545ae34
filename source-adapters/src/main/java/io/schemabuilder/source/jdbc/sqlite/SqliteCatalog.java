package io.schemabuilder.source.jdbc.sqlite;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** SQLite: every attached database, through pragma_table_list and pragma_table_xinfo; the declared type text as written. */
public final class SqliteCatalog extends SqlCatalog {

    public SqliteCatalog(int queryTimeoutSeconds) {
        super("sqlite", queryTimeoutSeconds);
    }

    /** SQLite's LIKE ignores the case of ASCII letters: a NOT LIKE would drop too much. */
    @Override
    protected boolean exactLike() {
        return false;
    }
}
