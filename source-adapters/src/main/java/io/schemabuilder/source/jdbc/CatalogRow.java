package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.TableKey;

/** One row of a catalog query: one column of one table, with what the catalog says of the table. */
public record CatalogRow(TableKey table, String tableKind, String tableComment, String column, int ordinal,
                         String nativeType, boolean nullable, String columnComment, Integer pkPosition) {
}
