package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden vector of every dialect: the member sqlglot gives, and a schema string that reads back the same. */
class GoldenVectorsTest {
    static final List<String> DIALECTS = List.of("postgres", "mysql", "sqlite", "duckdb", "snowflake", "bigquery",
            "tsql", "oracle", "redshift", "clickhouse", "trino", "databricks");

    static Stream<Arguments> vectors() {
        List<Arguments> all = new ArrayList<>();
        for (String dialect : DIALECTS) {
            for (GoldenVectors.Vector vector : GoldenVectors.of(dialect)) {
                all.add(Arguments.of(vector));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void mapsEachNativeTypeAsSqlglotDoes(GoldenVectors.Vector vector) {
        Dialect dialect = Dialect.byName(vector.dialect()).orElseThrow();
        SqlglotTypeMapper mapper = (SqlglotTypeMapper) TypeMapper.forDialect(dialect);

        MappedType mapped = mapper.map(vector.nativeType());

        assertThat(mapped.sqlglotType()).as("sqlglot_type").isEqualTo(vector.sqlglotType());
        if (vector.error()) {
            assertThat(mapped.schemaType()).isEqualTo("UNKNOWN");
        } else {
            // The README's rule: the schema string reads back, in the dialect, as the same type as the native text.
            assertThat(mapper.parse(mapped.schemaType())).as("parse of " + mapped.schemaType())
                    .isEqualTo(mapper.parse(vector.nativeType()));
            if (vector.roundtrip() && vector.sql() != null) {
                // Where sqlglot's own rendering reads back, ours is the same text (no exceptions at present).
                assertThat(mapped.schemaType()).as("schema string").isEqualTo(vector.sql());
            }
        }
    }

    @Test
    void theMemberListIsExactlySqlglots() {
        List<String> members = new ArrayList<>();
        GoldenVectors.read("_meta.json").get("type_members").forEach(m -> members.add(m.asString()));

        assertThat(Stream.of(SqlglotType.values()).map(Enum::name).toList()).isEqualTo(members);
    }
}
