package io.schemabuilder.batch.output;

import java.time.Instant;

/**
 * The top of a schema.json.
 *
 * @param sourceType the config's {@code type}
 * @param dialect    the sqlglot dialect that {@code sqlglot_schema} is written for
 */
public record SchemaHeader(String sourceName, String sourceType, String dialect, Instant generatedAt) {
}
