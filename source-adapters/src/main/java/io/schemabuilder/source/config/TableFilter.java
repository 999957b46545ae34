package io.schemabuilder.source.config;

import java.util.List;

/**
 * Which schemas and tables a source reads. Empty lists select everything (but system schemas).
 *
 * @param dbSchema      one schema, or null
 * @param schemaInclude globs ({@code *}, {@code ?}) a schema must match one of
 * @param schemaExclude globs a schema must match none of
 * @param tableNames    exact names, bare ({@code orders}) or schema-qualified ({@code sales.customers})
 * @param tableInclude  globs over the bare table name
 * @param tableExclude  globs over the bare table name
 */
public record TableFilter(String dbSchema, List<String> schemaInclude, List<String> schemaExclude,
                          List<String> tableNames, List<String> tableInclude, List<String> tableExclude) {

    public static final TableFilter ALL = new TableFilter(null, List.of(), List.of(), List.of(), List.of(), List.of());

    public TableFilter {
        schemaInclude = List.copyOf(schemaInclude);
        schemaExclude = List.copyOf(schemaExclude);
        tableNames = List.copyOf(tableNames);
        tableInclude = List.copyOf(tableInclude);
        tableExclude = List.copyOf(tableExclude);
    }
}
