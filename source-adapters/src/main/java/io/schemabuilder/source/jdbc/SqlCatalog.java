package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A catalog read by the two queries of its dialect's package, {@code columns.sql} and {@code tables.sql}, each a
 * file a DBA can run by hand. The job wraps them in a query that pushes the filters (db_schema, schema and table
 * globs, table names) and the slice's key bounds down to the database and orders by the keys in binary (code-point) order, which is the order
 * {@link TableKey} has, so that slices and restarts agree with the database.
 */
public abstract class SqlCatalog implements Catalog {
    /** The file's own ORDER BY: the last line that starts with it (comments above may mention one too). */
    private static final Pattern ORDER_BY_LINE = Pattern.compile("(?im)^\\s*ORDER\\s+BY\\b");
    private static final int FETCH_SIZE = 1000;

    private final String columnsSql;
    private final String tablesSql;
    /** The connection's database, for engines whose catalog lists every database of the server; else null. */
    private final String defaultSchemaSql;
    private final int queryTimeoutSeconds;

    protected SqlCatalog(String dialectPackage, int queryTimeoutSeconds) {
        this.columnsSql = withoutOrderBy(resource(dialectPackage + "/columns.sql"));
        this.tablesSql = withoutOrderBy(resource(dialectPackage + "/tables.sql"));
        this.defaultSchemaSql = optionalResource(dialectPackage + "/default_schema.sql");
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /** The expression that compares and orders a key column in binary (code-point) order. */
    protected String binary(String column) {
        return column;
    }

    /**
     * Whether {@code NOT LIKE} over the key columns is exact here (case-sensitive, one {@code _} per character), so
     * that exclusions can be pushed into the query; includes are pushed either way (see {@link SqlFilter}).
     */
    protected boolean exactLike() {
        return true;
    }

    /** The characters this dialect's LIKE gives a meaning, to be escaped in a pattern. */
    protected String likeSpecials() {
        return "%_";
    }

    /** Whether the filters go into the SQL at all (ClickHouse's LIKE has no ESCAPE clause). */
    protected boolean pushesFilters() {
        return true;
    }

    /** What the connection needs before a streaming query (PostgreSQL streams only outside autocommit). */
    protected void prepareForStreaming(Connection connection) throws SQLException {
    }

    /** With {@code default_schema.sql}: the connection's database, unless the config names schemas itself. */
    @Override
    public TableFilters scope(Connection connection, TableFilters filters) throws SQLException {
        if (defaultSchemaSql == null || filters.namesSchemas()) {
            return filters;
        }
        try (PreparedStatement statement = connection.prepareStatement(defaultSchemaSql);
             ResultSet rs = statement.executeQuery()) {
            String schema = rs.next() ? rs.getString(1) : null;
            return schema == null || schema.isEmpty() ? filters : filters.inSchema(schema);
        }
    }

    @Override
    public void tableKeys(Connection connection, TableFilters filters, Consumer<TableKey> keys) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT table_schema, table_name FROM (\n" + tablesSql + "\n) catalog_tables"
                + where(filters, null, null, parameters)
                + " ORDER BY " + binary("table_schema") + ", " + binary("table_name");
        prepareForStreaming(connection);
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableKey key = new TableKey(rs.getString(1), rs.getString(2));
                if (filters.matches(key)) {
                    keys.accept(key);
                }
            }
        }
    }

    @Override
    public CatalogRows columns(Connection connection, TableFilters filters, Slice slice, TableKey after)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        TableKey lower = after != null ? after : slice.from();
        String sql = "SELECT * FROM (\n" + columnsSql + "\n) catalog_columns"
                + where(filters, lower == null ? null : new Bound(lower, after != null), slice.to(), parameters)
                + " ORDER BY " + binary("table_schema") + ", " + binary("table_name") + ", ordinal_position";
        prepareForStreaming(connection);
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rs;
        try {
            rs = statement.executeQuery();
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return new ResultSetRows(statement, rs);
    }

    /** A lower key bound: exclusive after a resumed key, inclusive at a slice's start. */
    private record Bound(TableKey key, boolean exclusive) {
    }

    private String where(TableFilters filters, Bound lower, TableKey upper, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (pushesFilters()) {
            SqlFilter filter = SqlFilter.of(filters, likeSpecials(), exactLike());
            conditions.addAll(filter.conditions());
            parameters.addAll(filter.parameters());
        } else if (filters.filter().dbSchema() != null) {
            conditions.add("table_schema = ?");
            parameters.add(filters.filter().dbSchema());
        }
        String schema = binary("table_schema");
        String name = binary("table_name");
        if (lower != null) {
            conditions.add("(" + schema + " > " + binary("?") + " OR (" + schema + " = " + binary("?") + " AND " + name
                    + (lower.exclusive() ? " > " : " >= ") + binary("?") + "))");
            parameters.add(lower.key().schema());
            parameters.add(lower.key().schema());
            parameters.add(lower.key().name());
        }
        if (upper != null) {
            conditions.add("(" + schema + " < " + binary("?") + " OR (" + schema + " = " + binary("?") + " AND " + name
                    + " < " + binary("?") + "))");
            parameters.add(upper.schema());
            parameters.add(upper.schema());
            parameters.add(upper.name());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        if (queryTimeoutSeconds > 0) {
            statement.setQueryTimeout(queryTimeoutSeconds);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** The rows of the wrapped columns query, by the column names every columns.sql gives. */
    private static final class ResultSetRows implements CatalogRows {
        private final PreparedStatement statement;
        private final ResultSet rs;

        ResultSetRows(PreparedStatement statement, ResultSet rs) {
            this.statement = statement;
            this.rs = rs;
        }

        @Override
        public CatalogRow next() throws SQLException {
            if (!rs.next()) {
                return null;
            }
            int pk = rs.getInt("pk_position");
            Integer pkPosition = rs.wasNull() || pk <= 0 ? null : pk;
            String nativeType = rs.getString("native_type");
            return new CatalogRow(new TableKey(rs.getString("table_schema"), rs.getString("table_name")),
                    rs.getString("table_kind"), rs.getString("table_comment"), rs.getString("column_name"),
                    rs.getInt("ordinal_position"), nativeType == null ? "" : nativeType,
                    rs.getBoolean("is_nullable"), rs.getString("column_comment"), pkPosition);
        }

        @Override
        public void close() throws SQLException {
            try {
                rs.close();
            } finally {
                statement.close();
            }
        }
    }

    private static String withoutOrderBy(String sql) {
        var matcher = ORDER_BY_LINE.matcher(sql);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return (last < 0 ? sql : sql.substring(0, last)).strip().replaceFirst(";$", "");
    }

    private static String resource(String path) {
        String sql = optionalResource(path);
        if (sql == null) {
            throw new IllegalStateException("missing catalog query /io/schemabuilder/source/jdbc/" + path);
        }
        return sql;
    }

    /** The file's text, or null when the dialect has no such file. */
    private static String optionalResource(String path) {
        String name = "/io/schemabuilder/source/jdbc/" + path;
        try (InputStream in = SqlCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
