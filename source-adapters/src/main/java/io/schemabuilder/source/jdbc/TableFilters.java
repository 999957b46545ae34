package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.TableFilter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a {@link TableFilter} that are applied to each table key as it streams by: schema and table globs,
 * and exact table names (bare or schema-qualified). {@code db_schema} goes into the catalog SQL instead.
 */
public final class TableFilters {
    private final TableFilter filter;
    private final List<Pattern> schemaInclude;
    private final List<Pattern> schemaExclude;
    private final List<Pattern> tableInclude;
    private final List<Pattern> tableExclude;

    public TableFilters(TableFilter filter) {
        this.filter = filter;
        this.schemaInclude = globs(filter.schemaInclude());
        this.schemaExclude = globs(filter.schemaExclude());
        this.tableInclude = globs(filter.tableInclude());
        this.tableExclude = globs(filter.tableExclude());
    }

    public boolean matches(TableKey key) {
        if (filter.dbSchema() != null && !filter.dbSchema().equals(key.schema())) {
            return false;
        }
        if (!schemaInclude.isEmpty() && schemaInclude.stream().noneMatch(p -> p.matcher(key.schema()).matches())) {
            return false;
        }
        if (schemaExclude.stream().anyMatch(p -> p.matcher(key.schema()).matches())) {
            return false;
        }
        if (!filter.tableNames().isEmpty() && filter.tableNames().stream().noneMatch(n -> named(n, key))) {
            return false;
        }
        if (!tableInclude.isEmpty() && tableInclude.stream().noneMatch(p -> p.matcher(key.name()).matches())) {
            return false;
        }
        return tableExclude.stream().noneMatch(p -> p.matcher(key.name()).matches());
    }

    /** {@code orders} names a table in any schema; {@code sales.orders} one in schema sales. */
    private static boolean named(String name, TableKey key) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return name.equals(key.name());
        }
        return name.substring(0, dot).equals(key.schema()) && name.substring(dot + 1).equals(key.name());
    }

    /** {@code *} any run of characters, {@code ?} one character, everything else literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<Pattern> globs(List<String> globs) {
        return globs.stream().map(TableFilters::glob).toList();
    }
}
