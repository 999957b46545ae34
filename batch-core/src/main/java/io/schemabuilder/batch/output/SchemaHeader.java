package io.schemabuilder.batch.output;

import io.schemabuilder.types.Dialect;
import java.time.Instant;

/**
 * The top of a schema.json.
 *
 * @param sourceType the config's {@code type}
 * @param dialect    the sqlglot dialect that {@code sqlglot_schema} is written for
 * @param normalize  what to pass as sqlglot's {@code MappingSchema(normalize=...)} for that dialect
 */
public record SchemaHeader(String sourceName, String sourceType, String dialect, boolean normalize,
                           Instant generatedAt) {

    public static SchemaHeader of(String sourceName, String sourceType, Dialect dialect, Instant generatedAt) {
        return new SchemaHeader(sourceName, sourceType, dialect.sqlglotName(), MappingSchemaNormalize.of(dialect),
                generatedAt);
    }
}
