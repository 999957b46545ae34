package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups the catalog's column rows, which arrive ordered by table, into one {@link TableMetadata} per table, one
 * table ahead of the consumer: memory holds one table, whatever the catalog's size. Owns its connection.
 */
final class CatalogTableStream implements TableStream {
    private final Connection connection;
    private final CatalogRows rows;
    private final TableFilters filters;
    private final JdbcErrors errors;
    private CatalogRow pending;
    private TableMetadata next;
    private boolean done;
    private boolean exhausted;

    CatalogTableStream(Connection connection, CatalogRows rows, TableFilters filters, JdbcErrors errors) {
        this.connection = connection;
        this.rows = rows;
        this.filters = filters;
        this.errors = errors;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = readTable();
        }
        return next != null;
    }

    @Override
    public TableMetadata next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TableMetadata table = next;
        next = null;
        return table;
    }

    /** The next table that passes the filters, null when there is none (done is set at the end). */
    private TableMetadata readTable() {
        try {
            CatalogRow first = pending != null ? pending : nextRow();
            pending = null;
            if (first == null) {
                done = true;
                return null;
            }
            List<CatalogRow> columns = new ArrayList<>();
            columns.add(first);
            CatalogRow row;
            while ((row = nextRow()) != null && row.table().equals(first.table())) {
                columns.add(row);
            }
            pending = row;
            return filters.matches(first.table()) ? table(columns) : null;
        } catch (SQLException e) {
            throw errors.reading(e);
        }
    }

    /** Some drivers close an exhausted cursor: never ask it again. */
    private CatalogRow nextRow() throws SQLException {
        if (exhausted) {
            return null;
        }
        CatalogRow row = rows.next();
        exhausted = row == null;
        return row;
    }

    private static TableMetadata table(List<CatalogRow> rows) {
        CatalogRow first = rows.get(0);
        List<ColumnMetadata> columns = new ArrayList<>(rows.size());
        for (CatalogRow row : rows) {
            columns.add(new ColumnMetadata(row.column(), row.ordinal(), row.nativeType(), row.nullable(),
                    row.columnComment()));
        }
        List<String> primaryKey = rows.stream().filter(r -> r.pkPosition() != null)
                .sorted(Comparator.comparing(CatalogRow::pkPosition)).map(CatalogRow::column).toList();
        return new TableMetadata(first.table(), TableKinds.of(first.tableKind()), first.tableComment(), columns,
                primaryKey);
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (SQLException e) {
            // Closing a cursor that failed: the connection goes next.
        }
        JdbcConnections.closeQuietly(connection);
    }
}
