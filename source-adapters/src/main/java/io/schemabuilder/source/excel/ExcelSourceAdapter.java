package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.SourceProbe;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableKind;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.ExcelSourceConfig;
import io.schemabuilder.source.files.ColumnNames;
import io.schemabuilder.source.files.FileReuse;
import io.schemabuilder.source.files.FileTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * An Excel workbook: one table per sheet (in schema {@code main}, named after the sanitized sheet name), the
 * header on {@code header_row}, types from the cells (see {@link SheetColumns}). Empty sheets are skipped.
 */
public final class ExcelSourceAdapter implements SourceAdapter {
    private static final String SCHEMA = "main";

    private final ExcelSourceConfig config;
    private final Consumer<String> warnings;
    private final FileReuse reuse = new FileReuse();
    private volatile FileTables<String> sheets;

    public ExcelSourceAdapter(ExcelSourceConfig config, Consumer<String> warnings) {
        this.config = config;
        this.warnings = warnings;
    }

    @Override
    public void check() {
        sheets();
    }

    /** Opens the workbook and lists its sheets (none is read). */
    @Override
    public SourceProbe probe() {
        String format = workbook() instanceof XlsxWorkbook ? ".xlsx" : ".xls";
        return new SourceProbe("Excel workbook (" + format + ")", null, sheets().entries().size());
    }

    @Override
    public List<Slice> plan(int partitionThreshold) {
        return sheets().slices(partitionThreshold);
    }

    @Override
    public TableStream tables(Slice slice, TableKey after) {
        Iterator<FileTables.Entry<String>> entries = sheets().in(slice, after).iterator();
        return new TableStream() {
            private TableMetadata next;

            @Override
            public boolean hasNext() {
                while (next == null && entries.hasNext()) {
                    FileTables.Entry<String> entry = entries.next();
                    next = reuse.table(entry.key(), config.path(), () -> readSheet(entry));
                }
                return next != null;
            }

            @Override
            public TableMetadata next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TableMetadata table = next;
                next = null;
                return table;
            }

            @Override
            public void close() {
            }
        };
    }

    private TableMetadata readSheet(FileTables.Entry<String> entry) {
        Workbook workbook = workbook();
        List<ColumnMetadata> columns = read(() -> workbook.columns(entry.source(), config.headerRow(),
                config.sampleRows()));
        if (columns == null) {
            warnings.accept("sheet '" + entry.source() + "' of " + config.path().getFileName() + " is empty: skipped");
            return null;
        }
        return new TableMetadata(entry.key(), TableKind.FILE, null, columns, List.of());
    }

    @Override
    public void reuseUnchanged(Map<TableKey, TableMetadata> previous) {
        reuse.previous(previous);
    }

    /** Sheets parsed (not reused from the previous run) by this adapter. */
    public long sheetsRead() {
        return reuse.reads();
    }

    private FileTables<String> sheets() {
        if (sheets == null) {
            Workbook workbook = workbook();
            List<String> names = read(workbook::sheetNames);
            List<FileTables.Entry<String>> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String name : names) {
                if (!config.sheets().isEmpty() && !config.sheets().contains(name)) {
                    continue;
                }
                String table = ColumnNames.tableName(name);
                int count = seen.merge(ColumnNames.caseless(table), 1, Integer::sum);
                if (count > 1) {
                    warnings.accept("sheet '" + name + "' of " + config.path().getFileName() + " would also be table '"
                            + table + "'; it is table '" + table + "_" + count + "'");
                    table = table + "_" + count;
                }
                entries.add(new FileTables.Entry<>(new TableKey(SCHEMA, table), name));
            }
            for (String wanted : config.sheets()) {
                if (!names.contains(wanted)) {
                    throw new SourceException(config.name(), ErrorCategory.NOT_FOUND, config.path().getFileName()
                            + " has no sheet '" + wanted + "' (sheets: " + String.join(", ", names) + ")");
                }
            }
            sheets = new FileTables<>(entries);
        }
        return sheets;
    }

    private Workbook workbook() {
        Path file = config.path();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            throw new SourceException(config.name(), ErrorCategory.NOT_FOUND, file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new SourceException(config.name(), ErrorCategory.CONFIG, file + " is not a file: an excel source"
                    + " reads one workbook");
        }
        if (name.endsWith(".xlsb") || name.endsWith(".ods")) {
            throw new SourceException(config.name(), ErrorCategory.UNSUPPORTED, file.getFileName() + ": "
                    + (name.endsWith(".ods") ? "OpenDocument (.ods)" : "binary Excel (.xlsb)")
                    + " workbooks are not supported; save it as .xlsx");
        }
        FileMagic magic = magic(file);
        if (magic == FileMagic.OOXML) {
            return new XlsxWorkbook(file);
        }
        if (magic == FileMagic.OLE2) {
            return name.endsWith(".xls") ? new XlsWorkbook(file) : encrypted(file);
        }
        throw new SourceException(config.name(), ErrorCategory.MALFORMED_INPUT, file.getFileName()
                + " is not an Excel workbook (neither .xlsx zip nor .xls; found " + magic + ")");
    }

    /** An .xlsx inside an OLE2 container is what Excel writes for a password-protected workbook. */
    private Workbook encrypted(Path file) {
        throw new SourceException(config.name(), ErrorCategory.UNSUPPORTED, file.getFileName()
                + " is encrypted (password-protected): save it without a password");
    }

    private FileMagic magic(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new SourceException(config.name(), ErrorCategory.MALFORMED_INPUT, "cannot read " + file.getFileName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Something that reads the workbook. */
    private interface Read<T> {
        T get() throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (EncryptedDocumentException e) {
            throw new SourceException(config.name(), ErrorCategory.UNSUPPORTED, config.path().getFileName()
                    + " is encrypted (password-protected): save it without a password", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException) {
                throw (SourceException) e;
            }
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
            String cause = message.toLowerCase(Locale.ROOT).contains("zip bomb")
                    ? "it looks like a zip bomb (it expands far more than a workbook does); refused"
                    : "not a valid workbook: " + message;
            throw new SourceException(config.name(), ErrorCategory.MALFORMED_INPUT, config.path().getFileName()
                    + ": " + cause, e);
        }
    }

    @Override
    public void close() {
    }
}
