package io.schemabuilder.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    static final Path CORPUS = Path.of("src/test/resources/csv-corpus");

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private List<TableMetadata> read(CsvSourceConfig config) {
        SourceAdapter adapter = new CsvSourceAdapter(config, warnings::add);
        adapter.check();
        List<TableMetadata> tables = new ArrayList<>();
        for (Slice slice : adapter.plan(1000)) {
            try (TableStream stream = adapter.tables(slice, null)) {
                stream.forEachRemaining(tables::add);
            }
        }
        return tables;
    }

    private SourceException failure(String file, byte[] content) throws Exception {
        Path path = dir.resolve(file);
        Files.write(path, content);
        try {
            read(CsvSourceConfig.detected("files", path));
        } catch (SourceException e) {
            return e;
        }
        throw new AssertionError("no failure for " + file);
    }

    @Test
    void aFolderOfFilesReadsAsOneTablePerFileAsTheGoldenFileSays() throws Exception {
        List<TableMetadata> tables = read(CsvSourceConfig.detected("files", CORPUS));

        Golden.assertMatches("csv-corpus.txt", Golden.render(tables));
        assertThat(warnings).anyMatch(w -> w.contains("windows1252.csv is not valid UTF-8; read as windows-1252"));
    }

    @Test
    void aGlobSelectsFilesAndVisivosFileFormNamesTheTableAfterTheSource() {
        List<TableMetadata> globbed = read(CsvSourceConfig.detected("files", CORPUS.resolve("*.tsv")));
        CsvSourceConfig single = new CsvSourceConfig("sales", "csv", CORPUS.resolve("orders.csv"), true, null, null,
                null, null, null, null, null, null, CsvSourceConfig.DEFAULT_SAMPLE_ROWS, 2000);

        assertThat(globbed).extracting(t -> t.key().qualified()).containsExactly("main.numbers");
        assertThat(read(single)).extracting(t -> t.key().qualified()).containsExactly("main.sales");
    }

    /** DuckDB (and sqlglot's duckdb dialect, which schema.json is read in) would see one name in Sales and sales. */
    @Test
    void filesWhoseTableNamesDifferOnlyInAsciiCaseGetDistinctNames() throws Exception {
        Files.writeString(dir.resolve("Sales.csv"), "a\n1\n");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(dir.resolve("sales.csv")),
                "this file system does not tell names apart by case");
        Files.writeString(dir.resolve("sales.csv"), "b\n1\n");
        Files.writeString(dir.resolve("Ä.csv"), "c\n1\n");
        Files.writeString(dir.resolve("ä.csv"), "d\n1\n");

        List<TableMetadata> tables = read(CsvSourceConfig.detected("files", dir));

        assertThat(tables).extracting(t -> t.key().name() + ":" + t.columns().get(0).name())
                .containsExactly("Sales:a", "sales_2:b", "Ä:c", "ä:d");
        assertThat(warnings).containsExactly("file sales.csv would also be table 'sales'; it is table 'sales_2'");
    }

    @Test
    void aColumnIsNullableWhenTheSampleMissedRowsOrSawAnEmptyValue() throws Exception {
        StringBuilder text = new StringBuilder("n,m\n");
        for (int i = 0; i < 100; i++) {
            text.append(i).append(',').append(i % 50 == 49 ? "" : "1").append('\n');
        }
        Files.writeString(dir.resolve("t.csv"), text);
        CsvSourceConfig sampled = new CsvSourceConfig("files", "csv", dir.resolve("t.csv"), false, null, null, null,
                null, null, null, null, null, 10, 2000);

        TableMetadata all = read(CsvSourceConfig.detected("files", dir.resolve("t.csv"))).get(0);
        TableMetadata first10 = read(sampled).get(0);

        assertThat(all.columns()).extracting(c -> c.nativeType() + (c.nullable() ? "?" : ""))
                .containsExactly("BIGINT", "BIGINT?");
        assertThat(first10.columns()).allMatch(c -> c.nullable());
    }

    @Test
    void theFileIsRecordedWithTheHashOfItsBytesWhetherHashedWhileParsedOrAfterASample() throws Exception {
        StringBuilder text = new StringBuilder("n,label\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(",\"row ").append(i).append("\"\n");
        }
        Path plain = Files.writeString(dir.resolve("plain.csv"), text);
        Path gz = dir.resolve("packed.csv.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        CsvSourceConfig sampled = new CsvSourceConfig("files", "csv", plain, false, null, null, null, null, null, null,
                null, null, 10, 2000);

        for (CsvSourceConfig config : List.of(CsvSourceConfig.detected("files", plain),
                CsvSourceConfig.detected("files", gz), sampled)) {
            SourceFile recorded = read(config).get(0).file();
            SourceFile secondPass = SourceFile.of(config.path());

            assertThat(recorded).as(config.path() + " sampled " + config.sampleRows()).isEqualTo(secondPass);
        }
    }

    @Test
    void configuredOptionsOverrideWhatWouldBeDetected() throws Exception {
        // Detected, this is a comma-separated file with a header, text dates, NA as text and no valid UTF-8.
        Path file = dir.resolve("custom.txt");
        Files.write(file, ("id|when|score,note|price\n1|31/12/2024|NA|'caf\u00e9 | bar'\n2|01/02/2023|7|'x'\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        CsvSourceConfig custom = new CsvSourceConfig("files", "csv", file, false, "|", '\'', null, "ISO-8859-1", false,
                List.of("NA"), "%d/%m/%Y", null, CsvSourceConfig.DEFAULT_SAMPLE_ROWS, 2000);

        List<TableMetadata> tables = read(custom);

        assertThat(Golden.render(tables)).isEqualTo("""
                main.custom file
                  1 column_1 : VARCHAR not null
                  2 column_2 : VARCHAR not null
                  3 column_3 : VARCHAR null
                  4 column_4 : VARCHAR not null
                """);
        assertThat(warnings).isEmpty();
        CsvSourceConfig headed = new CsvSourceConfig("files", "csv", file, false, "|", '\'', null, "ISO-8859-1", true,
                List.of("NA"), "%d/%m/%Y", null, CsvSourceConfig.DEFAULT_SAMPLE_ROWS, 2000);
        assertThat(Golden.render(read(headed))).isEqualTo("""
                main.custom file
                  1 id : BIGINT not null
                  2 when : DATE not null
                  3 score,note : BIGINT null
                  4 price : VARCHAR not null
                """);
    }

    @Test
    void anEncodingJavaDoesNotKnowIsAConfigError() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "a\n1\n");
        CsvSourceConfig config = new CsvSourceConfig("files", "csv", file, false, null, null, null, "klingon-8", null,
                null, null, null, CsvSourceConfig.DEFAULT_SAMPLE_ROWS, 2000);

        assertThatThrownBy(() -> read(config)).isInstanceOf(SourceException.class)
                .extracting(e -> ((SourceException) e).category()).isEqualTo(ErrorCategory.CONFIG);
    }

    @Test
    void raggedRowsAreCountedAndReportedNotFatal() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "a,b,c\n1,2,3\n4,5\n6,7,8,9\n");

        TableMetadata table = read(CsvSourceConfig.detected("files", dir.resolve("r.csv"))).get(0);

        assertThat(table.columns()).hasSize(4);
        assertThat(warnings).anyMatch(w -> w.contains("r.csv: 2 of 3 rows have another number of fields"));
    }

    @Test
    void badFilesFailTheSourceWithOneLineNamingTheFileAndTheCause() throws Exception {
        assertThat(failure("empty.csv", new byte[0]).getMessage()).isEqualTo("empty.csv is empty");
        assertThat(failure("blank.csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("blank.csv is empty");
        assertThat(failure("image.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}).getMessage())
                .isEqualTo("image.csv is a binary file, not CSV text");
        SourceException quote = failure("quote.csv", "a,b\n1,\"unterminated\n2,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(quote.category()).isEqualTo(ErrorCategory.MALFORMED_INPUT);
        assertThat(quote.oneLine()).isEqualTo("source files: malformed_input: quote.csv: an unterminated quote (\") runs"
                + " to the end of the file");
    }

    @Test
    void aHundredMegabyteLineFailsInBoundedMemory() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write('\n');
        }

        assertThatThrownBy(() -> read(CsvSourceConfig.detected("files", huge)))
                .isInstanceOf(SourceException.class)
                .hasMessage("huge.csv: line 2: a value longer than 1000000 characters (not a CSV file, or an unclosed quote)");
    }

    private static Path wideFile(Path file, int columns) throws Exception {
        StringBuilder text = new StringBuilder(columns * 8);
        for (int i = 0; i < columns; i++) {
            text.append(i == 0 ? "" : ",").append('c').append(i);
        }
        text.append('\n');
        for (int i = 0; i < columns; i++) {
            text.append(i == 0 ? "" : ",").append(i);
        }
        Files.writeString(file, text.append('\n'));
        return file;
    }

    @Test
    void aHeaderOfMoreColumnsThanMaxColumnsNamesTheCountAndTheLimit() throws Exception {
        Path wide = wideFile(dir.resolve("wide.csv"), 200_000);

        assertThatThrownBy(() -> read(CsvSourceConfig.detected("files", wide)))
                .isInstanceOf(SourceException.class)
                .hasMessage("wide.csv: line 1 has 200000 columns, more than max_columns (10000); set max_columns"
                        + " (up to 1000000) to read it");
    }

    @Test
    void maxColumnsRaisesTheLimit() throws Exception {
        Path wide = wideFile(dir.resolve("wide.csv"), 12_000);
        CsvSourceConfig config = CsvSourceConfig.detected("files", wide);
        CsvSourceConfig raised = new CsvSourceConfig(config.name(), config.type(), config.path(), false, null, null,
                null, null, null, null, null, null, config.sampleRows(), config.partitionThreshold(), 20_000);

        List<TableMetadata> tables = read(raised);

        assertThat(tables).singleElement().satisfies(t -> assertThat(t.columns()).hasSize(12_000));
        assertThat(tables.get(0).columns().get(11_999).name()).isEqualTo("c11999");
    }

    @Test
    void aMissingPathIsNotFound() {
        assertThatThrownBy(() -> read(CsvSourceConfig.detected("files", dir.resolve("nope"))))
                .isInstanceOf(SourceException.class)
                .extracting(e -> ((SourceException) e).category()).isEqualTo(ErrorCategory.NOT_FOUND);
    }

    @Test
    void aFolderWithMoreFilesThanTheThresholdIsSlicedAndResumesAfterAKey() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("f" + i + ".csv"), "a\n1\n");
        }
        SourceAdapter adapter = new CsvSourceAdapter(CsvSourceConfig.detected("files", dir), w -> { });

        List<Slice> slices = adapter.plan(2);
        List<String> names = new ArrayList<>();
        for (Slice slice : slices) {
            try (TableStream stream = adapter.tables(slice, null)) {
                stream.forEachRemaining(t -> names.add(t.key().name()));
            }
        }
        List<String> resumed = new ArrayList<>();
        try (TableStream stream = adapter.tables(Slice.WHOLE, new io.schemabuilder.source.TableKey("main", "f2"))) {
            stream.forEachRemaining(t -> resumed.add(t.key().name()));
        }

        assertThat(slices).hasSize(3);
        assertThat(names).containsExactly("f0", "f1", "f2", "f3", "f4");
        assertThat(resumed).containsExactly("f3", "f4");
    }
}
