package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.config.TableFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions a {@link TableFilter} adds to a catalog query, over its {@code table_schema} and {@code table_name}
 * columns, with {@code ?} parameters. The database may only narrow what {@link TableFilters#matches} then decides
 * exactly, never drop a table that filter keeps: so includes and names are always pushed (a case-insensitive LIKE
 * or = only keeps more), exclusions only where the dialect's LIKE is exact (case-sensitive, one {@code _} per
 * character).
 */
final class SqlFilter {
    /** Escapes LIKE's wildcards; chosen because no engine gives it a meaning of its own in a LIKE pattern. */
    private static final char ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final String likeSpecials;

    /**
     * @param likeSpecials the characters the dialect's LIKE gives a meaning ({@code %_}, SQL Server adds {@code [})
     */
    private SqlFilter(String likeSpecials) {
        this.likeSpecials = likeSpecials + ESCAPE;
    }

    /**
     * @param exactLike whether {@code NOT LIKE} can be pushed: the dialect's LIKE matches case and characters exactly
     */
    static SqlFilter of(TableFilters filters, String likeSpecials, boolean exactLike) {
        SqlFilter sql = new SqlFilter(likeSpecials);
        TableFilter filter = filters.filter();
        if (filter.dbSchema() != null) {
            sql.conditions.add("table_schema = ?");
            sql.parameters.add(filter.dbSchema());
        }
        sql.anyLike("table_schema", filter.schemaInclude());
        sql.anyLike("table_name", filter.tableInclude());
        if (exactLike) {
            sql.noneLike("table_schema", filter.schemaExclude());
            sql.noneLike("table_name", filter.tableExclude());
        }
        if (!filters.tableNames().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (TableFilters.TableName name : filters.tableNames()) {
                if (name.schema() == null) {
                    names.add("table_name = ?");
                } else {
                    names.add("(table_schema = ? AND table_name = ?)");
                    sql.parameters.add(name.schema());
                }
                sql.parameters.add(name.name());
            }
            sql.conditions.add("(" + String.join(" OR ", names) + ")");
        }
        return sql;
    }

    List<String> conditions() {
        return conditions;
    }

    List<Object> parameters() {
        return parameters;
    }

    private void anyLike(String column, List<String> globs) {
        if (globs.isEmpty()) {
            return;
        }
        List<String> likes = new ArrayList<>();
        for (String glob : globs) {
            likes.add(column + " LIKE ? ESCAPE '" + ESCAPE + "'");
            parameters.add(like(glob));
        }
        conditions.add("(" + String.join(" OR ", likes) + ")");
    }

    private void noneLike(String column, List<String> globs) {
        for (String glob : globs) {
            conditions.add(column + " NOT LIKE ? ESCAPE '" + ESCAPE + "'");
            parameters.add(like(glob));
        }
    }

    /** A glob ({@code *}, {@code ?}) as a LIKE pattern, every other character literal. */
    String like(String glob) {
        StringBuilder pattern = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                pattern.append('%');
            } else if (c == '?') {
                pattern.append('_');
            } else {
                if (likeSpecials.indexOf(c) >= 0) {
                    pattern.append(ESCAPE);
                }
                pattern.append(c);
            }
        }
        return pattern.toString();
    }
}
