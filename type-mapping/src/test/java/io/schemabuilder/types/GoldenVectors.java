package io.schemabuilder.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sqlglot golden vectors in src/test/resources/sqlglot-types (copied from ../shared/sqlglot-types). */
final class GoldenVectors {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One record: see the folder's README. */
    record Vector(String dialect, String nativeType, String sqlglotType, String sql, String sqlDefault,
                  boolean roundtrip, boolean error, boolean notADataType) {
        @Override
        public String toString() {
            return dialect + ": " + nativeType;
        }
    }

    private GoldenVectors() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = GoldenVectors.class.getResourceAsStream("/sqlglot-types/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource sqlglot-types/" + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Vector> of(String dialect) {
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode record : read(dialect + ".json")) {
            vectors.add(new Vector(dialect, record.get("native").asString(), record.get("sqlglot_type").asString(),
                    text(record, "sql"), text(record, "sql_default"), record.path("sql_roundtrip").asBoolean(false),
                    record.has("error"), record.has("sqlglot_class")));
        }
        return vectors;
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
