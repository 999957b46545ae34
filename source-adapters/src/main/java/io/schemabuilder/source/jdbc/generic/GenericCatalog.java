package io.schemabuilder.source.jdbc.generic;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.jdbc.Catalog;
import io.schemabuilder.source.jdbc.CatalogRow;
import io.schemabuilder.source.jdbc.CatalogRows;
import io.schemabuilder.source.jdbc.TableFilters;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Any other JDBC driver: {@code DatabaseMetaData.getColumns(null, schema, "%", "%")}, called once for the whole
 * source, never per table. The driver's own order is kept (its collation is unknown), so such a source is never
 * split into slices, and a restart skips the rows up to the last committed table.
 */
public final class GenericCatalog implements Catalog {
    private static final Set<Integer> SIZED = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
            Types.BINARY, Types.VARBINARY);
    private static final Set<Integer> DECIMAL = Set.of(Types.DECIMAL, Types.NUMERIC);
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "sys",
            "mysql", "performance_schema", "system");

    @Override
    public void tableKeys(Connection connection, TableFilters filters, Consumer<TableKey> keys) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, schemaPattern(filters), "%", null)) {
            while (rs.next()) {
                TableKey key = new TableKey(schemaOf(rs), rs.getString("TABLE_NAME"));
                if (!SYSTEM_SCHEMAS.contains(key.schema().toLowerCase(java.util.Locale.ROOT)) && filters.matches(key)) {
                    keys.accept(key);
                }
            }
        }
    }

    @Override
    public CatalogRows columns(Connection connection, TableFilters filters, Slice slice, TableKey after)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        ResultSet rs = metaData.getColumns(null, schemaPattern(filters), "%", "%");
        return new CatalogRows() {
            private boolean passed = after == null;
            private boolean seenAfter;

            @Override
            public CatalogRow next() throws SQLException {
                while (rs.next()) {
                    TableKey key = new TableKey(schemaOf(rs), rs.getString("TABLE_NAME"));
                    if (SYSTEM_SCHEMAS.contains(key.schema().toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    if (!passed) {
                        // In the driver's order: skip through the last committed table, then read on.
                        if (key.equals(after)) {
                            seenAfter = true;
                            continue;
                        }
                        if (!seenAfter) {
                            continue;
                        }
                        passed = true;
                    }
                    return new CatalogRow(key, "TABLE", null, rs.getString("COLUMN_NAME"), rs.getInt("ORDINAL_POSITION"),
                            typeText(rs), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            rs.getString("REMARKS"), null);
                }
                if (!seenAfter && !passed) {
                    // Skipping to the end would quietly drop every table after it: say so instead.
                    throw new SQLException("cannot resume after table " + after + ": it is no longer in the catalog"
                            + " (the driver's order is unknown, so where to go on is too); run the source again from"
                            + " the start");
                }
                return null;
            }

            @Override
            public void close() throws SQLException {
                rs.close();
            }
        };
    }

    /**
     * db_schema as the metadata call's schema pattern. Its {@code _} may match other schemas too; the stream's exact
     * filter drops them, so no driver-specific escape is needed.
     */
    private static String schemaPattern(TableFilters filters) {
        return filters.filter().dbSchema();
    }

    private static String schemaOf(ResultSet rs) throws SQLException {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema == null) {
            schema = rs.getString("TABLE_CAT");
        }
        return schema == null ? "main" : schema;
    }

    private static String typeText(ResultSet rs) throws SQLException {
        String name = rs.getString("TYPE_NAME");
        if (name == null) {
            return "";
        }
        if (name.contains("(")) {
            return name;
        }
        int jdbcType = rs.getInt("DATA_TYPE");
        int size = rs.getInt("COLUMN_SIZE");
        boolean hasSize = !rs.wasNull() && size > 0;
        if (SIZED.contains(jdbcType) && hasSize && size < Integer.MAX_VALUE) {
            return name + "(" + size + ")";
        }
        if (DECIMAL.contains(jdbcType) && hasSize) {
            int scale = rs.getInt("DECIMAL_DIGITS");
            return name + "(" + size + "," + (rs.wasNull() ? 0 : scale) + ")";
        }
        return name;
    }
}
