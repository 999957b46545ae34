package io.schemabuilder.source.jdbc;

import java.sql.SQLException;

/**
 * Catalog rows with the first one read at once, so that a query that fails as it runs (not as it is prepared)
 * fails where the catalog can still do something about it.
 */
public final class CatalogRowsAhead implements CatalogRows {
    private final CatalogRows rows;
    private CatalogRow first;
    private boolean firstTaken;

    private CatalogRowsAhead(CatalogRows rows, CatalogRow first) {
        this.rows = rows;
        this.first = first;
    }

    public static CatalogRows of(CatalogRows rows) throws SQLException {
        try {
            return new CatalogRowsAhead(rows, rows.next());
        } catch (SQLException e) {
            rows.close();
            throw e;
        }
    }

    @Override
    public CatalogRow next() throws SQLException {
        if (!firstTaken) {
            firstTaken = true;
            CatalogRow row = first;
            first = null;
            return row;
        }
        return rows.next();
    }

    @Override
    public void close() throws SQLException {
        rows.close();
    }
}
