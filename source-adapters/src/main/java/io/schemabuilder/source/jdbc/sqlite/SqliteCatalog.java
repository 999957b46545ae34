package io.schemabuilder.source.jdbc.sqlite;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.jdbc.CatalogRows;
import io.schemabuilder.source.jdbc.CatalogRowsAhead;
import io.schemabuilder.source.jdbc.SqlCatalog;
import io.schemabuilder.source.jdbc.TableFilters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SQLite: every attached database, through pragma_table_list and pragma_table_xinfo; the declared type text as
 * written. A view whose table or column was dropped since cannot be described (pragma_table_xinfo fails), and one
 * such view fails the whole catalog query: then each view is tried alone, the broken ones are left out with a
 * warning, and the query runs again without them. That costs one probe a view, only on this path, and only in an
 * embedded file, where a query costs microseconds.
 */
public final class SqliteCatalog extends SqlCatalog {
    private final Consumer<String> warnings;

    public SqliteCatalog(int queryTimeoutSeconds, Consumer<String> warnings) {
        super("sqlite", queryTimeoutSeconds);
        this.warnings = warnings;
    }

    /** SQLite's LIKE ignores the case of ASCII letters: a NOT LIKE would drop too much. */
    @Override
    protected boolean exactLike() {
        return false;
    }

    @Override
    public CatalogRows columns(Connection connection, TableFilters filters, Slice slice, TableKey after)
            throws SQLException {
        try {
            return ahead(super.columns(connection, filters, slice, after));
        } catch (SQLException e) {
            List<TableKey> broken = brokenViews(connection, filters);
            if (broken.isEmpty()) {
                throw e;
            }
            return ahead(super.columns(connection, filters.excluding(broken), slice, after));
        }
    }

    private static CatalogRows ahead(CatalogRows rows) throws SQLException {
        return CatalogRowsAhead.of(rows);
    }

    private List<TableKey> brokenViews(Connection connection, TableFilters filters) throws SQLException {
        List<TableKey> views = new ArrayList<>();
        try (Statement list = connection.createStatement();
             ResultSet rs = list.executeQuery("SELECT schema, name FROM pragma_table_list WHERE type = 'view'"
                     + " AND schema <> 'temp' ORDER BY schema, name")) {
            while (rs.next()) {
                TableKey key = new TableKey(rs.getString(1), rs.getString(2));
                if (filters.matches(key)) {
                    views.add(key);
                }
            }
        }
        List<TableKey> broken = new ArrayList<>();
        for (TableKey view : views) {
            // A fresh statement each: sqlite-jdbc closes a prepared statement whose execution failed.
            try (PreparedStatement probe = connection.prepareStatement("SELECT count(*) FROM pragma_table_xinfo(?, ?)")) {
                probe.setString(1, view.name());
                probe.setString(2, view.schema());
                try (ResultSet rs = probe.executeQuery()) {
                    rs.next();
                }
            } catch (SQLException e) {
                broken.add(view);
                warnings.accept("view " + view.qualified() + " is left out: it cannot be described (" + reason(e) + ")");
            }
        }
        return broken;
    }

    /** sqlite-jdbc wraps SQLite's own words: "[SQLITE_ERROR] SQL error or missing database (no such table: t)". */
    private static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int open = message.indexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : message;
    }
}
