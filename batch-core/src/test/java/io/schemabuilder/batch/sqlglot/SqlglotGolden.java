package io.schemabuilder.batch.sqlglot;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.files.ColumnNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden files of {@link SqlglotResolvesEveryTableTest}, in {@code src/test/resources/sqlglot/}: per engine, the
 * schema.json the job writes ({@code <engine>.schema.json}) and what real sqlglot made of it
 * ({@code <engine>.sqlglot.json}, written by {@code scripts/sqlglot_golden.py}, which CI cannot run: sqlglot is not
 * installed there). {@code -Dgolden.update=true} rewrites the schema files; then run the script (see its header).
 */
final class SqlglotGolden {
    static final Path DIR = Path.of("src/test/resources/sqlglot");
    /** Strict about duplicate keys: Python's json keeps the last of them silently, so sqlglot would never tell. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String SCRIPT = "PYTHONPATH=/path/to/sqlglot python3 ../scripts/sqlglot_golden.py "
            + "src/test/resources/sqlglot";

    private SqlglotGolden() {
    }

    /**
     * The schema file is the golden one, and sqlglot's answers for that very file say: every table's
     * {@code SELECT *}, the table written quoted as the catalog names it, expands to exactly its own columns, in
     * order, each typed as sqlglot_schema says, with MappingSchema given the file's dialect and normalize.
     */
    static void assertResolves(String engine, String schemaJson) throws IOException {
        Path schemaFile = DIR.resolve(engine + ".schema.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(schemaFile, schemaJson, StandardCharsets.UTF_8);
        }
        assertThat(schemaFile).as("golden file " + schemaFile + " (create it with -Dgolden.update=true)").exists();
        assertThat(schemaJson).as("schema.json of " + engine + " (if the change is meant: -Dgolden.update=true, then "
                + SCRIPT + ")").isEqualTo(Files.readString(schemaFile, StandardCharsets.UTF_8));

        Path answersFile = DIR.resolve(engine + ".sqlglot.json");
        assertThat(answersFile).as("sqlglot's answers (" + SCRIPT + ")").exists();
        JsonNode answers = JSON.readTree(answersFile.toFile());
        assertThat(answers.path("schema_sha256").asString()).as(answersFile + " was computed from another "
                + schemaFile.getFileName() + ": run " + SCRIPT).isEqualTo(sha256(schemaJson));

        JsonNode schema = JSON.readTree(schemaJson);
        int columns = 0;
        for (JsonNode table : schema.path("tables")) {
            columns += table.path("columns").size();
        }
        assertThat(schema.path("metadata").path("total_columns").asInt()).as("metadata.total_columns of " + engine)
                .isEqualTo(columns);
        boolean normalize = schema.path("metadata").path("normalize").asBoolean();
        assertThat(answers.path("normalize").asBoolean()).isEqualTo(normalize);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> table : schema.path("tables").properties()) {
            TableKey key = TableKey.parseQualified(table.getKey());
            keys.add(table.getKey());
            JsonNode answer = answers.path("tables").path(table.getKey());
            assertThat(answer.isMissingNode()).as("sqlglot's answer for " + table.getKey()).isFalse();
            assertThat(names(answer.path("columns"), normalize))
                    .as("%s: %s", table.getKey(), answer.path("sql").asString())
                    .isEqualTo(names(schema.path("sqlglot_schema").path(key.schema()).path(key.name()), normalize));
            assertThat(answer.path("resolves").asBoolean())
                    .as("sqlglot types every column of %s as sqlglot_schema says: %s", table.getKey(), answer)
                    .isTrue();
        }
        assertThat(keys).as("tables of " + engine).hasSizeGreaterThanOrEqualTo(5);
    }

    /**
     * The column names, in order, of sqlglot's answer ({@code [[name, type], ...]}) or of sqlglot_schema
     * ({@code {name: type}}). With normalize, as the file's dialect compares them: the dialects these engines are
     * read in (duckdb, sqlite) fold ASCII letters only. Whether each type is the one sqlglot_schema gives is
     * sqlglot's to judge (TINYINT reads as SMALLINT in postgres): its answer says so ({@code resolves}).
     */
    private static List<String> names(JsonNode columns, boolean normalize) {
        List<String> named = new ArrayList<>();
        if (columns.isArray()) {
            for (JsonNode column : columns) {
                named.add(name(column.get(0).asString(), normalize));
            }
        } else {
            for (Map.Entry<String, JsonNode> column : columns.properties()) {
                named.add(name(column.getKey(), normalize));
            }
        }
        return named;
    }

    private static String name(String name, boolean normalize) {
        return normalize ? ColumnNames.caseless(name) : name;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
