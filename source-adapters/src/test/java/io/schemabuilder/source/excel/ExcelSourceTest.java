package io.schemabuilder.source.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Golden;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.config.ExcelSourceConfig;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelSourceTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private List<TableMetadata> read(ExcelSourceConfig config) {
        ExcelSourceAdapter adapter = new ExcelSourceAdapter(config, warnings::add);
        adapter.check();
        List<TableMetadata> tables = new ArrayList<>();
        for (Slice slice : adapter.plan(1000)) {
            try (TableStream stream = adapter.tables(slice, null)) {
                stream.forEachRemaining(tables::add);
            }
        }
        return tables;
    }

    private static ExcelSourceConfig config(Path file, List<String> sheets, int headerRow) {
        return new ExcelSourceConfig("book", "excel", file, false, sheets, headerRow, CsvSourceConfig.ALL_ROWS, 2000);
    }

    /** Sales: typed columns, a formula, a gap row, trailing empty rows and cells; Notes: text; Empty: nothing. */
    private static void fill(Workbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle timestamp = workbook.createCellStyle();
        timestamp.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Sheet sales = workbook.createSheet("Sales 2024");
        Row header = sales.createRow(0);
        String[] names = {"region", "units", "price", "ok", "day", "at", "total", "", "region"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        for (int r = 1; r <= 3; r++) {
            if (r == 2) {
                continue;
            }
            Row row = sales.createRow(r);
            row.createCell(0).setCellValue("North " + r);
            row.createCell(1).setCellValue(r * 10);
            row.createCell(2).setCellValue(r * 1.25);
            row.createCell(3).setCellValue(r % 2 == 1);
            row.createCell(4).setCellValue(LocalDate.of(2024, 1, r));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(LocalDateTime.of(2024, 1, r, 9, 30));
            row.getCell(5).setCellStyle(timestamp);
            row.createCell(6).setCellFormula("B" + (r + 1) + "*C" + (r + 1));
            if (r == 1) {
                row.createCell(8).setCellValue("dup");
            }
        }
        sales.createRow(10).createCell(2).setCellValue("");
        workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("note");
        workbook.getSheet("Notes").createRow(1).createCell(0).setCellValue("hello");
        workbook.createSheet("Empty");
    }

    private Path xlsx() throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    @Test
    void eachSheetIsATableTypedFromItsCellsAsTheGoldenFileSays() throws Exception {
        List<TableMetadata> tables = read(config(xlsx(), List.of(), 1));

        Golden.assertMatches("excel-book.txt", Golden.render(tables));
        assertThat(warnings).containsExactly("sheet 'Empty' of book.xlsx is empty: skipped");
    }

    @Test
    void anXlsWorkbookReadsTheSameAsTheXlsx() throws Exception {
        Path xls = dir.resolve("book.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            fill(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        assertThat(Golden.render(read(config(xls, List.of(), 1))))
                .isEqualTo(Golden.render(read(config(xlsx(), List.of(), 1))));
    }

    @Test
    void sheetsSelectsTablesAndHeaderRowMovesTheHeader() throws Exception {
        Path file = xlsx();

        List<TableMetadata> notes = read(config(file, List.of("Notes"), 1));
        List<TableMetadata> secondRow = read(config(file, List.of("Notes"), 2));

        assertThat(notes).extracting(t -> t.key().qualified()).containsExactly("main.Notes");
        assertThat(secondRow.get(0).columns()).extracting(c -> c.name()).containsExactly("hello");
    }

    /**
     * Report: two title rows above the header on row 3; number formats for a date, a date and time (all at
     * midnight), a time of day; a numeric header cell; a number column with an empty text cell; a sampled tail.
     */
    private static void fillReport(Workbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle clock = workbook.createCellStyle();
        clock.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("hh:mm"));
        Sheet report = workbook.createSheet("Report");
        report.createRow(0).createCell(0).setCellValue("Quarterly report");
        report.createRow(1).createCell(3).setCellValue(12.5);
        Row header = report.createRow(2);
        header.createCell(0).setCellValue("day");
        header.createCell(1).setCellValue("midnight");
        header.createCell(2).setCellValue("clock");
        header.createCell(3).setCellValue(2024);
        header.createCell(4).setCellValue("maybe");
        for (int r = 3; r < 6; r++) {
            Row row = report.createRow(r);
            row.createCell(0).setCellValue(LocalDate.of(2024, 3, r));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(LocalDateTime.of(2024, 3, r, 0, 0));
            row.getCell(1).setCellStyle(dateTime);
            row.createCell(2).setCellValue(r / 24.0);
            row.getCell(2).setCellStyle(clock);
            row.createCell(3).setCellValue(r * 100);
            row.createCell(4).setCellValue("");
            if (r != 4) {
                row.getCell(4).setCellValue(r);
            }
        }
    }

    private Path report(Workbook workbook, String name) throws Exception {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            fillReport(workbook);
            workbook.write(out);
        }
        return file;
    }

    @Test
    void numberFormatsMakeDatesTimestampsAndTimesAndTheHeaderRowCanBeLower() throws Exception {
        Path xlsx = report(new XSSFWorkbook(), "report.xlsx");
        Path xls = report(new HSSFWorkbook(), "report.xls");

        List<TableMetadata> tables = read(config(xlsx, List.of(), 3));

        Golden.assertMatches("excel-report.txt", Golden.render(tables));
        assertThat(Golden.render(read(config(xls, List.of(), 3)))).isEqualTo(Golden.render(tables));
    }

    @Test
    void aSampleShorterThanTheSheetMakesEveryColumnNullableOneAsLongReadsItAll() throws Exception {
        for (Path file : List.of(report(new XSSFWorkbook(), "report.xlsx"), report(new HSSFWorkbook(), "report.xls"))) {
            ExcelSourceConfig twoRows = new ExcelSourceConfig("book", "excel", file, false, List.of(), 3, 2, 2000);
            ExcelSourceConfig threeRows = new ExcelSourceConfig("book", "excel", file, false, List.of(), 3, 3, 2000);

            assertThat(read(twoRows).get(0).columns()).as(file.toString()).allMatch(c -> c.nullable());
            assertThat(Golden.render(read(threeRows))).as(file.toString())
                    .isEqualTo(Golden.render(read(config(file, List.of(), 3))));
        }
    }

    /** A copy of the workbook whose first sheet's XML is replaced. */
    private Path withSheetXml(Path workbook, String name, String sheetData) throws Exception {
        Path copy = dir.resolve(name);
        try (ZipFile zip = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String replaced = xml.substring(0, xml.indexOf("<sheetData")) + sheetData
                            + xml.substring(xml.indexOf("</sheetData>") + "</sheetData>".length());
                    content = replaced.getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return copy;
    }

    @Test
    void cellsOtherWritersProduceAreTypedToo() throws Exception {
        // Inline strings, ISO date cells (t="d"), errors, formula text, cells and rows without references.
        Path file = withSheetXml(xlsx(), "others.xlsx", "<sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>label</t></is></c><c t=\"inlineStr\"><is><r><t>da</t></r><r><t>y</t></r></is></c>"
                + "<c t=\"inlineStr\"><is><t>at</t></is></c><c t=\"inlineStr\"><is><t>check</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"d\"><v>2024-03-01T00:00:00</v></c>"
                + "<c t=\"d\"><v>2024-03-01T10:30:00</v></c><c t=\"e\"><v>#N/A</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"str\"><f>UPPER(A2)</f><v>A</v></c><c r=\"B5\" t=\"d\"><v>2024-03-02</v></c>"
                + "<c r=\"C5\" t=\"d\"><v>2024-03-02T00:00:00</v></c><c r=\"D5\"><v>7</v></c></row>"
                + "</sheetData>");

        List<TableMetadata> tables = read(config(file, List.of("Sales 2024"), 1));

        assertThat(Golden.render(tables)).isEqualTo("""
                main.Sales_2024 file
                  1 label : VARCHAR not null
                  2 day : DATE not null
                  3 at : TIMESTAMP not null
                  4 check : BIGINT null
                """);
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsThereAre() throws Exception {
        SourceException e = failure(config(xlsx(), List.of("Budget"), 1));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("book.xlsx has no sheet 'Budget' (sheets: Sales 2024, Notes, Empty)");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path normal = xlsx();
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(normal.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }

        SourceException e = failure(config(bomb, List.of(), 1));

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_INPUT);
        assertThat(e.getMessage()).isEqualTo("bomb.xlsx: it looks like a zip bomb (it expands far more than a workbook"
                + " does); refused");
    }

    @Test
    void anEncryptedWorkbookIsUnsupportedAndSaysSo() throws Exception {
        Path plain = xlsx();
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("pw");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }

        Path encryptedXls = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("pw");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(encryptedXls)) {
            fill(workbook);
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        SourceException e = failure(config(encrypted, List.of(), 1));
        SourceException xls = failure(config(encryptedXls, List.of(), 1));

        assertThat(e.category()).isEqualTo(ErrorCategory.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo("secret.xlsx is encrypted (password-protected): save it without a password");
        assertThat(xls.category()).isEqualTo(ErrorCategory.UNSUPPORTED);
        assertThat(xls.getMessage()).isEqualTo("secret.xls is encrypted (password-protected): save it without a password");
    }

    @Test
    void corruptFilesAndOtherFormatsFailWithOneLine() throws Exception {
        Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), "PK\3\4 not really a zip".getBytes(StandardCharsets.UTF_8));
        Path text = Files.write(dir.resolve("text.xlsx"), "just text".getBytes(StandardCharsets.UTF_8));
        Path xlsb = Files.write(dir.resolve("book.xlsb"), new byte[] {1, 2, 3});
        Path ods = Files.write(dir.resolve("book.ods"), new byte[] {1, 2, 3});

        assertThat(failure(config(corrupt, List.of(), 1)).category()).isEqualTo(ErrorCategory.MALFORMED_INPUT);
        assertThat(failure(config(text, List.of(), 1)).getMessage()).startsWith("text.xlsx is not an Excel workbook");
        assertThat(failure(config(xlsb, List.of(), 1)).getMessage())
                .isEqualTo("book.xlsb: binary Excel (.xlsb) workbooks are not supported; save it as .xlsx");
        assertThat(failure(config(ods, List.of(), 1)).category()).isEqualTo(ErrorCategory.UNSUPPORTED);
        assertThat(failure(config(dir.resolve("none.xlsx"), List.of(), 1)).category()).isEqualTo(ErrorCategory.NOT_FOUND);
    }

    private SourceException failure(ExcelSourceConfig config) {
        try {
            read(config);
        } catch (SourceException e) {
            assertThat(e.oneLine()).doesNotContain("\n");
            return e;
        }
        throw new AssertionError("no failure for " + config.path());
    }
}
