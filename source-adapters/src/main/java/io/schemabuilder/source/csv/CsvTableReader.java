package io.schemabuilder.source.csv;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableKind;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.files.ColumnInference;
import io.schemabuilder.source.files.ColumnNames;
import io.schemabuilder.source.files.FileBytes;
import io.schemabuilder.source.files.TextValues;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one CSV file's columns: sniffs its dialect, streams its rows (never the whole file in memory, a value
 * never longer than {@link #MAX_VALUE_CHARS}), infers each column's type over the sample, and decides whether the
 * first row is a header (see {@link #hasHeader}).
 */
final class CsvTableReader {
    /** Longer values are an error, not an out-of-memory: no real header or value is a million characters. */
    static final int MAX_VALUE_CHARS = 1_000_000;

    private final CsvSourceConfig config;
    private final Consumer<String> warnings;
    private final TextValues values;
    private final Set<String> nullTokens;
    private final FileBytes bytes;

    CsvTableReader(CsvSourceConfig config, Consumer<String> warnings, FileBytes bytes) {
        this.config = config;
        this.warnings = warnings;
        this.bytes = bytes;
        this.values = new TextValues(config.dateFormat(), config.timestampFormat());
        // An empty value is always null; null_values adds tokens (NA, NULL, ...).
        this.nullTokens = config.nullValues() == null ? Set.of() : Set.copyOf(config.nullValues());
    }

    TableMetadata read(TableKey key, Path file) {
        String name = file.getFileName().toString();
        MessageDigest sha256 = sha256();
        try (DigestInputStream raw = new DigestInputStream(
                bytes.counting(Files.newInputStream(file), Files.size(file)), sha256);
             InputStream in = open(raw, file)) {
            CsvDialect dialect = sniff(in, name);
            in.skipNBytes(dialect.bomLength());
            QuoteTrackingReader reader = new QuoteTrackingReader(new InputStreamReader(in, dialect.charset()), dialect);
            TableMetadata table = parse(key, name, dialect, reader);
            if (reader.endedInsideQuotes()) {
                throw malformed(name + ": an unterminated quote (" + dialect.quote() + ") runs to the end of the file");
            }
            if (!reader.reachedEnd()) {
                return table;
            }
            // Every byte went through the digest (but a few a decompressor left): the file's hash costs no second pass.
            raw.transferTo(OutputStream.nullOutputStream());
            return table.withFile(SourceFile.of(file, HexFormat.of().formatHex(sha256.digest())));
        } catch (TextParsingException e) {
            throw malformed(name + ": " + parseProblem(e, file));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The file's format, from its first bytes only (for {@code check}). */
    CsvDialect format(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = open(Files.newInputStream(file), file)) {
            return sniff(in, name);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The dialect of the stream's head, which is read and then reset; fails on an empty or binary file. */
    private CsvDialect sniff(InputStream in, String name) throws IOException {
        byte[] head = new byte[CsvSniffer.HEAD_BYTES];
        in.mark(CsvSniffer.HEAD_BYTES);
        int length = in.readNBytes(head, 0, head.length);
        in.reset();
        if (length == 0 || new String(head, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw malformed(name + " is empty");
        }
        boolean utf16 = length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (!utf16 && CsvSniffer.isBinary(head, length)) {
            throw malformed(name + " is a binary file, not CSV text");
        }
        return CsvSniffer.sniff(head, length, config, name, warnings);
    }

    private SourceException unreadable(String name, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new SourceException(config.name(), ErrorCategory.PERMISSION, "cannot read " + name
                    + ": permission denied", e);
        }
        return new SourceException(config.name(), ErrorCategory.MALFORMED_INPUT, "cannot read " + name + ": "
                + e.getMessage(), e);
    }

    private TableMetadata parse(TableKey key, String name, CsvDialect dialect, java.io.Reader reader) {
        CsvParser parser = new CsvParser(settings(dialect));
        parser.beginParsing(reader);
        try {
            String[] first = parser.parseNext();
            if (first == null) {
                throw malformed(name + " is empty");
            }
            List<ColumnInference> rest = new ArrayList<>();
            long rows = 0;
            long ragged = 0;
            String[] row;
            while (rows < config.sampleRows() && (row = parser.parseNext()) != null) {
                rows++;
                if (row.length != first.length) {
                    ragged++;
                }
                for (int i = 0; i < row.length; i++) {
                    while (rest.size() <= i) {
                        rest.add(new ColumnInference());
                    }
                    observe(rest.get(i), row[i]);
                }
                for (int i = row.length; i < rest.size(); i++) {
                    rest.get(i).acceptNull();
                }
            }
            boolean readAll = rows < config.sampleRows() || parser.parseNext() == null;
            if (ragged > 0) {
                warnings.accept(name + ": " + ragged + " of " + rows + " rows have another number of fields than the first"
                        + " row (" + first.length + ")");
            }
            boolean header = config.hasHeader() != null ? config.hasHeader() : hasHeader(first, rest, rows);
            int width = Math.max(first.length, rest.size());
            List<String> names = ColumnNames.of(header ? Arrays.asList(pad(first, width))
                    : Arrays.asList(new String[width]));
            List<ColumnMetadata> columns = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                ColumnInference column = i < rest.size() ? rest.get(i) : new ColumnInference();
                if (!header) {
                    observe(column, i < first.length ? first[i] : null);
                }
                boolean nullable = column.sawNull() || !readAll || rows == 0 || i >= rest.size();
                columns.add(new ColumnMetadata(names.get(i), i + 1, column.type().duckdbName(), nullable));
            }
            return new TableMetadata(key, TableKind.FILE, null, columns, List.of());
        } finally {
            parser.stopParsing();
        }
    }

    /**
     * A first row is a header when, for some column whose other values have a type other than VARCHAR, its value
     * does not fit that type; when every column is text, it is taken as a header (as DuckDB's sniffer does), and a
     * file of one row is a header with no data.
     */
    private boolean hasHeader(String[] first, List<ColumnInference> rest, long rows) {
        if (rows == 0) {
            return true;
        }
        boolean anyTyped = false;
        for (int i = 0; i < Math.min(first.length, rest.size()); i++) {
            var type = rest.get(i).type();
            if (type != io.schemabuilder.source.files.InferredType.VARCHAR) {
                anyTyped = true;
                if (first[i] == null || !values.fits(first[i], type)) {
                    return true;
                }
            }
        }
        return !anyTyped;
    }

    private void observe(ColumnInference column, String value) {
        if (value == null || value.isEmpty() || !nullTokens.isEmpty() && nullTokens.contains(value)) {
            column.acceptNull();
        } else {
            column.accept(value, values);
        }
    }

    private static String[] pad(String[] row, int width) {
        return row.length >= width ? row : Arrays.copyOf(row, width);
    }

    private CsvParserSettings settings(CsvDialect dialect) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(dialect.delimiter());
        settings.getFormat().setQuote(dialect.quote());
        settings.getFormat().setQuoteEscape(dialect.escape());
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setAutoClosingEnabled(false); // read(): the file's bytes are hashed to the end once the text is parsed
        settings.setMaxCharsPerColumn(MAX_VALUE_CHARS);
        settings.setMaxColumns(config.maxColumns());
        settings.setSkipEmptyLines(true);
        settings.setNullValue(null);
        settings.setEmptyValue("");
        settings.setErrorContentLength(40);
        settings.setUnescapedQuoteHandling(com.univocity.parsers.csv.UnescapedQuoteHandling.RAISE_ERROR);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        return settings;
    }

    private String parseProblem(TextParsingException e, Path file) {
        // Only the first line: the rest lists the parser's settings, whose names hold the words looked for here.
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String message = first.toLowerCase(Locale.ROOT);
        String line = "line " + (e.getLineIndex() + 1);
        if (message.contains("maximum number of characters")) {
            return line + ": a value longer than " + MAX_VALUE_CHARS + " characters (not a CSV file, or an unclosed quote)";
        }
        if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return tooManyColumns(file, e.getLineIndex());
        }
        if (message.contains("unescaped quote") || message.contains("quote")) {
            return line + ": unterminated or misplaced quote";
        }
        return line + ": " + first;
    }

    /** The parser stops at the column past {@code max_columns}: the line's columns are counted in a second pass. */
    private String tooManyColumns(Path file, long lineIndex) {
        String count;
        try (InputStream in = open(Files.newInputStream(file), file)) {
            CsvDialect dialect = sniff(in, file.getFileName().toString());
            in.skipNBytes(dialect.bomLength());
            count = String.valueOf(ColumnCount.ofLine(new InputStreamReader(in, dialect.charset()), lineIndex,
                    dialect.delimiter(), dialect.quote()));
        } catch (IOException e) {
            count = "more than " + config.maxColumns();
        }
        return "line " + (lineIndex + 1) + " has " + count + " columns, more than max_columns (" + config.maxColumns()
                + "); set max_columns (up to " + CsvSourceConfig.MAX_MAX_COLUMNS + ") to read it";
    }

    private SourceException malformed(String message) {
        return new SourceException(config.name(), ErrorCategory.MALFORMED_INPUT, message);
    }

    private static InputStream open(InputStream raw, Path file) throws IOException {
        InputStream in = raw;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(raw, 1 << 16);
        }
        return new BufferedInputStream(in, CsvSniffer.HEAD_BYTES + 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
