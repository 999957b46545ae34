package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden vector of every dialect (src/test/resources/sqlglot-types, a byte-identical copy of
 * ../shared/sqlglot-types): the member sqlglot gives, and the README's rule for the schema string.
 */
class GoldenVectorsTest {
    static final List<String> DIALECTS = List.of("postgres", "mysql", "sqlite", "duckdb", "snowflake", "bigquery",
            "tsql", "oracle", "redshift", "clickhouse", "trino", "databricks");

    static Stream<String> dialects() {
        return DIALECTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void mapsEveryGoldenVectorAsSqlglotDoes(String dialectName) {
        Dialect dialect = Dialect.byName(dialectName).orElseThrow();
        Map<String, String> exceptions = RenderingExceptions.of(dialectName);
        List<String> failures = new ArrayList<>();
        List<GoldenVectors.Vector> vectors = GoldenVectors.of(dialectName);
        for (GoldenVectors.Vector vector : vectors) {
            String failure = SchemaStringRule.check(dialect, vector.nativeType(), vector.sqlglotType(),
                    vector.error() ? null : vector.sql(), vector.roundtrip() || vector.notADataType(),
                    vector.sqlDefault(), exceptions.get(vector.nativeType()));
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(failures).as(dialectName + ": " + vectors.size() + " vectors").isEmpty();
    }

    @Test
    void theExceptionsFileIsEmpty() {
        // Every rendering equals sqlglot's where sqlglot's reads back; an entry here would be a known difference.
        DIALECTS.forEach(d -> assertThat(RenderingExceptions.of(d)).as(d).isEmpty());
    }

    @Test
    void theMemberListIsExactlySqlglots() {
        List<String> members = new ArrayList<>();
        GoldenVectors.read("_meta.json").get("type_members").forEach(m -> members.add(m.asString()));

        assertThat(Stream.of(SqlglotType.values()).map(Enum::name).toList()).isEqualTo(members);
    }

    @Test
    void theGoldenCopyHasEveryRecordTheMetadataCounts() {
        GoldenVectors.read("_meta.json").get("dialects").properties().forEach(entry ->
                assertThat(GoldenVectors.of(entry.getKey())).as(entry.getKey())
                        .hasSize(entry.getValue().get("records").asInt()));
    }
}
