package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * How one kind of database lists its tables and columns: one streaming query per source (or slice), never one per
 * table. Implementations live in one package per dialect.
 */
public interface Catalog {

    /**
     * The filter the source reads with: as configured, or, where this engine's catalog lists every database of the
     * server (MySQL, MariaDB, ClickHouse) and the config names no schema of its own
     * ({@link TableFilters#namesSchemas()}), narrowed to the connection's database.
     */
    default TableFilters scope(Connection connection, TableFilters filters) throws SQLException {
        return filters;
    }

    /** Every selected table's key, in key order (plans partitions). */
    void tableKeys(Connection connection, TableFilters filters, Consumer<TableKey> keys) throws SQLException;

    /**
     * The rows of every column of the slice's tables after {@code after}, ordered by schema, table and ordinal
     * position (in code-point order of the keys), streamed from an open cursor. The filters may be pushed into the
     * query; the stream still checks each table with {@link TableFilters#matches}.
     */
    CatalogRows columns(Connection connection, TableFilters filters, Slice slice, TableKey after) throws SQLException;
}
