package io.schemabuilder.source.files;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.config.ExcelSourceConfig;
import io.schemabuilder.source.csv.CsvSourceAdapter;
import io.schemabuilder.source.excel.ExcelSourceAdapter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming benchmark of issue 6 (not a test: bench/files.sh runs it, each step in its own JVM with its own
 * heap limit, and writes the figures into docs/performance.md). Generated files are not committed.
 * <pre>
 *   generate-csv FILE MEGABYTES     a CSV of about that size: typed columns, quoted text with commas and quotes
 *   csv FILE                        infers it with sample_rows: all; prints one result line
 *   generate-xlsx FILE ROWS         a ROWS x 20 workbook: numbers, unique shared strings, dates, booleans
 *   generate-xls FILE               a 65,536 x 20 .xls (the format's most rows), the same columns
 *   xlsx FILE                       infers it, or an .xls (every row); prints one result line
 * </pre>
 */
public final class FileSourcesBenchmark {

    private FileSourcesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate-csv" -> generateCsv(file, Long.parseLong(args[2]) << 20);
            case "generate-xlsx" -> generateXlsx(file, Integer.parseInt(args[2]));
            case "generate-xls" -> generateXls(file);
            case "csv" -> measure("csv", file, new CsvSourceAdapter(new CsvSourceConfig("bench", "csv", file, false,
                    null, null, null, null, null, null, null, null, CsvSourceConfig.ALL_ROWS, 2000), w -> { }));
            case "xlsx" -> measure("xlsx", file, new ExcelSourceAdapter(ExcelSourceConfig.of("bench", file), w -> { }));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void measure(String kind, Path file, SourceAdapter adapter) throws IOException {
        long size = Files.size(file);
        long start = System.nanoTime();
        List<TableMetadata> tables = new ArrayList<>();
        try (adapter; TableStream stream = adapter.tables(Slice.WHOLE, null)) {
            stream.forEachRemaining(tables::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder types = new StringBuilder();
        tables.get(0).columns().forEach(c -> types.append(c.nativeType()).append(c.nullable() ? "? " : " "));
        System.out.printf(Locale.ROOT, "%s\tbytes=%d\tseconds=%.2f\tMB/s=%.1f\tmaxHeapMB=%d\tpeakHeapMB=%d\ttypes=%s%n",
                kind, size, seconds, size / 1e6 / seconds, Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20,
                types.toString().strip());
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void generateCsv(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(6);
        LocalDate epoch = LocalDate.of(2000, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,customer,amount,paid,ordered_on,ordered_at,note,score\n");
            long written = 0;
            for (long id = 1; written < bytes; id++) {
                LocalDate day = epoch.plusDays(random.nextInt(9000));
                String row = id + ",customer " + random.nextInt(100_000) + ","
                        + random.nextInt(100_000) / 100.0 + "," + (random.nextBoolean() ? "true" : "false") + ","
                        + day + "," + day + " " + String.format(Locale.ROOT, "%02d:%02d:%02d", random.nextInt(24),
                        random.nextInt(60), random.nextInt(60)) + ","
                        + (id % 7 == 0 ? "\"a note, with \"\"quotes\"\"\"" : id % 11 == 0 ? "" : "plain note") + ","
                        + (id % 13 == 0 ? "" : String.valueOf(random.nextInt(1000))) + "\n";
                out.write(row);
                written += row.length();
            }
        }
    }

    private static void generateXlsx(Path file, int rows) throws IOException {
        // Shared strings as Excel writes them (SXSSF would write inline strings otherwise).
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, rows);
            workbook.write(out);
        }
    }

    private static void generateXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, 65_535);
            workbook.write(out);
        }
    }

    /** A sheet "data": a header row of col_0..col_19, then rows of numbers, distinct texts, decimals, dates, booleans. */
    private static void fill(Workbook workbook, int rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle timestamp = workbook.createCellStyle();
        timestamp.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Sheet sheet = workbook.createSheet("data");
        Row header = sheet.createRow(0);
        for (int c = 0; c < 20; c++) {
            header.createCell(c).setCellValue("col_" + c);
        }
        SplittableRandom random = new SplittableRandom(6);
        LocalDateTime epoch = LocalDateTime.of(2000, 1, 1, 0, 0);
        for (int r = 1; r <= rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 20; c++) {
                switch (c % 5) {
                    case 0 -> row.createCell(c).setCellValue(r * 20L + c);
                    case 1 -> row.createCell(c).setCellValue("text " + r + "/" + c);
                    case 2 -> row.createCell(c).setCellValue(random.nextInt(1_000_000) / 100.0);
                    case 3 -> {
                        row.createCell(c).setCellValue(epoch.plusMinutes(random.nextInt(5_000_000)));
                        row.getCell(c).setCellStyle(c < 10 ? date : timestamp);
                    }
                    default -> row.createCell(c).setCellValue(random.nextBoolean());
                }
            }
        }
    }
}
