package io.schemabuilder.source.jdbc;

import java.sql.SQLException;

/** A cursor over catalog rows. */
public interface CatalogRows extends AutoCloseable {

    /** The next row, or null at the end. */
    CatalogRow next() throws SQLException;

    @Override
    void close() throws SQLException;
}
