package io.schemabuilder.source.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceAdapters;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.config.ExcelSourceConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of src/test/resources/bad-files, read alone as a source (.csv, .tsv, .txt as CSV; the rest as Excel):
 * each fails with the one line golden/bad-files.txt gives, naming the file and the cause.
 */
class BadFilesTest {
    private static final Path BAD_FILES = Path.of("src/test/resources/bad-files");

    @Test
    void eachBadFileFailsItsSourceWithTheExpectedOneLineError() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(BAD_FILES)) {
            for (Path file : files.sorted().toList()) {
                lines.add(file.getFileName() + " -> " + failure(file));
            }
        }

        Golden.assertMatches("bad-files.txt", String.join("\n", lines) + "\n");
    }

    private static String failure(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        SourceConfig config = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")
                ? CsvSourceConfig.detected("bad", file) : ExcelSourceConfig.of("bad", file);
        try (SourceAdapter adapter = SourceAdapters.open(config, warning -> { })) {
            adapter.check();
            for (Slice slice : adapter.plan(100)) {
                try (TableStream tables = adapter.tables(slice, null)) {
                    tables.forEachRemaining(table -> { });
                }
            }
        } catch (SourceException e) {
            assertThat(e.oneLine()).doesNotContain("\n", "\r");
            return e.oneLine();
        }
        return "no error";
    }
}
