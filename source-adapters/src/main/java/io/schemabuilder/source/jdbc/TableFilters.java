package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.TableFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link TableFilter} as the catalog readers use it: {@link #matches} decides exactly, on each table key as it
 * streams by; the catalog SQL is given the same filter ({@link SqlFilter}) so that the database leaves out what it
 * can, but the exact decision is always this one (a database's LIKE may ignore case).
 */
public final class TableFilters {
    private final TableFilter filter;
    private final List<Pattern> schemaInclude;
    private final List<Pattern> schemaExclude;
    private final List<Pattern> tableInclude;
    private final List<Pattern> tableExclude;
    private final List<TableName> tableNames;
    private final List<TableKey> excluded;

    public TableFilters(TableFilter filter) {
        this(filter, List.of());
    }

    private TableFilters(TableFilter filter, List<TableKey> excluded) {
        this.filter = filter;
        this.schemaInclude = globs(filter.schemaInclude());
        this.schemaExclude = globs(filter.schemaExclude());
        this.tableInclude = globs(filter.tableInclude());
        this.tableExclude = globs(filter.tableExclude());
        this.tableNames = filter.tableNames().stream().map(TableName::parse).toList();
        this.excluded = List.copyOf(excluded);
    }

    /** The same filter, also leaving out these tables (ones the catalog cannot describe, such as broken views). */
    public TableFilters excluding(List<TableKey> keys) {
        List<TableKey> all = new ArrayList<>(excluded);
        all.addAll(keys);
        return new TableFilters(filter, all);
    }

    /** Tables left out by key, on top of the configured filter. */
    public List<TableKey> excluded() {
        return excluded;
    }

    public TableFilter filter() {
        return filter;
    }

    /**
     * Whether the config names the schemas to read itself: {@code db_schema}, {@code schemas.include}, or a
     * schema-qualified name in {@code table_names}. Then an engine's default scope (the connection's database on
     * MySQL, MariaDB and ClickHouse) does not apply.
     */
    public boolean namesSchemas() {
        return filter.dbSchema() != null || !filter.schemaInclude().isEmpty()
                || tableNames.stream().anyMatch(name -> name.schema() != null);
    }

    /** The same filter, reading only this schema (an engine's default scope). */
    public TableFilters inSchema(String schema) {
        return new TableFilters(new TableFilter(schema, filter.schemaInclude(), filter.schemaExclude(),
                filter.tableNames(), filter.tableInclude(), filter.tableExclude()), excluded);
    }

    /** The configured table names, parsed: schema null for a bare name. */
    public List<TableName> tableNames() {
        return tableNames;
    }

    public boolean matches(TableKey key) {
        if (excluded.contains(key)) {
            return false;
        }
        if (filter.dbSchema() != null && !filter.dbSchema().equals(key.schema())) {
            return false;
        }
        if (!schemaInclude.isEmpty() && schemaInclude.stream().noneMatch(p -> p.matcher(key.schema()).matches())) {
            return false;
        }
        if (schemaExclude.stream().anyMatch(p -> p.matcher(key.schema()).matches())) {
            return false;
        }
        if (!tableNames.isEmpty() && tableNames.stream().noneMatch(n -> n.names(key))) {
            return false;
        }
        if (!tableInclude.isEmpty() && tableInclude.stream().noneMatch(p -> p.matcher(key.name()).matches())) {
            return false;
        }
        return tableExclude.stream().noneMatch(p -> p.matcher(key.name()).matches());
    }

    /**
     * A configured table name: {@code orders} names a table in any schema, {@code sales.orders} one in schema sales.
     * A part that holds a dot is quoted the SQL way, as schema.json writes keys: {@code public."odd.name"},
     * {@code "odd.name"} (bare).
     *
     * @param schema null for a bare name
     */
    public record TableName(String schema, String name) {

        static TableName parse(String text) {
            List<String> parts = splitUnquotedDots(text);
            if (parts.size() == 2) {
                return new TableName(parts.get(0), parts.get(1));
            }
            // One part, or more dots than a key has: the whole text is a bare name, unquoted if it was quoted.
            return new TableName(null, parts.size() == 1 ? parts.get(0) : text);
        }

        boolean names(TableKey key) {
            return name.equals(key.name()) && (schema == null || schema.equals(key.schema()));
        }

        private static List<String> splitUnquotedDots(String text) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        part.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == '.' && !quoted) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            return parts;
        }
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
