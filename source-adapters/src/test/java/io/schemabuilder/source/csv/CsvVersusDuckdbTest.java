package io.schemabuilder.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.CsvSourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What DuckDB's own read_csv infers for each file of the corpus, beside what schema-builder infers: the
 * differences are listed, and each file among them explained, in docs/csv-type-inference.md; this test holds the
 * document to what is observed, so a change on either side shows up here ({@code -Dgolden.update=true} rewrites the
 * list; the explanations are written by hand).
 */
class CsvVersusDuckdbTest {
    private static final Path DOC = Path.of("../docs/csv-type-inference.md");
    private static final String START = "<!-- differences observed by CsvVersusDuckdbTest -->";
    private static final String END = "<!-- end of differences -->";
    private static final Pattern DOC_BLOCK = Pattern.compile(Pattern.quote(START) + "\\n```text\\n(.*?)```\\n"
            + Pattern.quote(END), Pattern.DOTALL);

    @Test
    void theDifferencesFromDuckdbsReadCsvAreExactlyTheDocumentedOnes() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Stream<Path> files = Files.list(CsvSourceTest.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                TableMetadata ours = new CsvSourceAdapter(CsvSourceConfig.detected("f", file), w -> { })
                        .tables(io.schemabuilder.source.Slice.WHOLE, null).next();
                List<String[]> theirs = describe(duck, file);
                String name = file.getFileName().toString();
                if (theirs == null) {
                    lines.add(name + ": DuckDB cannot read it");
                    continue;
                }
                int width = Math.max(ours.columns().size(), theirs.size());
                for (int i = 0; i < width; i++) {
                    ColumnMetadata mine = i < ours.columns().size() ? ours.columns().get(i) : null;
                    String[] duckdb = i < theirs.size() ? theirs.get(i) : null;
                    String a = mine == null ? "-" : mine.name() + " " + mine.nativeType();
                    String b = duckdb == null ? "-" : duckdb[0] + " " + duckdb[1];
                    if (!a.equals(b)) {
                        lines.add(name + ": column " + (i + 1) + ": schema-builder " + a + " | duckdb " + b);
                    }
                }
            }
        }
        String observed = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, DOC_BLOCK.matcher(Files.readString(DOC))
                    .replaceFirst(Matcher.quoteReplacement(START + "\n```text\n" + observed + "```\n" + END)));
        }
        String doc = Files.readString(DOC);
        Matcher block = DOC_BLOCK.matcher(doc);
        assertThat(block.find()).as("the differences block of " + DOC).isTrue();

        assertThat(block.group(1)).as("differences listed in " + DOC).isEqualTo(observed);
        List<String> tableRows = doc.lines().filter(line -> line.startsWith("| `")).toList();
        lines.stream().map(line -> line.substring(0, line.indexOf(':'))).distinct().forEach(file ->
                assertThat(tableRows).as("a row explaining " + file + " in " + DOC).anyMatch(row -> row.contains("`" + file + "`")));
    }

    private static List<String[]> describe(Connection duck, Path file) {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = duck.createStatement();
             ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM read_csv('"
                     + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString("column_name"), rs.getString("column_type")});
            }
            return columns;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }
}
