package io.schemabuilder.batch.sqlglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * sqlglot's answers depend on its version (30.17.0 folds non-ASCII letters in duckdb and sqlite, the commit after it
 * does not), so the golden files name the sqlglot they came from, all the same one, and the README's claim names
 * that one: a user who gets other answers can tell whether their sqlglot is the cause.
 */
class SqlglotGoldenVersionTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theGoldenAnswersComeFromOneSqlglotThatTheReadmeNames() throws IOException {
        Set<String> versions = new TreeSet<>();
        try (Stream<Path> files = Files.list(SqlglotGolden.DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sqlglot.json")).toList()) {
                versions.add(JsonMapper.builder().build().readTree(file.toFile()).path("sqlglot").asString());
            }
        }

        assertThat(versions).as("the sqlglot of every answers file in " + SqlglotGolden.DIR).hasSize(1);
        String version = versions.iterator().next();
        assertThat(version).as("a version or a git describe of the checkout, not 'unknown'").matches("v?\\d+\\.\\d+\\.\\d+.*");
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Using the files with sqlglot"),
                readme.indexOf("\n## ", readme.indexOf("## Using the files with sqlglot") + 1));
        assertThat(section).as("README's Using the files with sqlglot names the sqlglot the golden files come from")
                .contains("tested against real sqlglot, at commit `" + version + "`");
    }
}
