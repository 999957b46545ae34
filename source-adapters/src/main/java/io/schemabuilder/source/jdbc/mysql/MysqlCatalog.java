package io.schemabuilder.source.jdbc.mysql;

import io.schemabuilder.source.jdbc.SqlCatalog;

/** MySQL and MariaDB: information_schema.COLUMNS with COLUMN_TYPE (int unsigned, enum(...), tinyint(1)). */
public final class MysqlCatalog extends SqlCatalog {

    public MysqlCatalog(int queryTimeoutSeconds) {
        super("mysql", queryTimeoutSeconds);
    }

    /** Binary comparison: the byte order of utf8mb4, which is code-point order, whatever the column's collation. */
    @Override
    protected String binary(String column) {
        return "BINARY " + column;
    }

    /** information_schema compares names case-insensitively (utf8_general_ci): a NOT LIKE would drop too much. */
    @Override
    protected boolean exactLike() {
        return false;
    }
}
