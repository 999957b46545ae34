package io.schemabuilder.batch.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.types.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * metadata.normalize for every dialect schema-builder writes, against real sqlglot's answers
 * ({@code src/test/resources/sqlglot/dialects.sqlglot.json}, written by {@code scripts/sqlglot_golden.py}): on a
 * catalog named as that engine stores names, each check's queries (every table quoted as the catalog names it; the
 * table written unquoted as it was created; a column written in lower case where the engine allows) get their
 * table's columns with the value schema.json gives. The engines run here are also checked on real catalogs
 * ({@code SqlglotResolvesEveryTableTest}).
 */
class MappingSchemaNormalizeTest {

    @Test
    void everyDialectsNormalizeIsOneUnderWhichSqlglotResolvesEveryCheck() throws Exception {
        JsonNode dialects = JsonMapper.builder().build()
                .readTree(Path.of("src/test/resources/sqlglot/dialects.sqlglot.json").toFile()).path("dialects");

        List<String> wrong = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            JsonNode checks = dialects.path(dialect.sqlglotName()).path("normalize_values_that_resolve");
            assertThat(checks.isObject()).as("sqlglot's answers for " + dialect.sqlglotName()).isTrue();
            boolean normalize = MappingSchemaNormalize.of(dialect);
            for (Map.Entry<String, JsonNode> check : checks.properties()) {
                List<Boolean> values = new ArrayList<>();
                check.getValue().forEach(v -> values.add(v.asBoolean()));
                if (!values.contains(normalize)) {
                    wrong.add(dialect.sqlglotName() + ": " + check.getKey() + " resolves only with " + values);
                }
            }
        }

        assertThat(wrong).isEmpty();
    }
}
