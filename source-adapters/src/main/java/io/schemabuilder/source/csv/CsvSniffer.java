package io.schemabuilder.source.csv;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.CsvSourceConfig;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Detects a CSV file's encoding and delimiter from its first bytes, where the config does not give them:
 * a UTF-8 or UTF-16 byte-order mark decides the encoding; else UTF-8 if the bytes are valid UTF-8, else
 * windows-1252 (said in a warning). The delimiter is the one of {@code , ; tab |} found the same number of times
 * (outside quotes) on the most lines; the quote is {@code "}, or {@code '} when that is what quotes the fields.
 */
final class CsvSniffer {
    static final int HEAD_BYTES = 1 << 16;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSniffer() {
    }

    static CsvDialect sniff(byte[] head, int length, CsvSourceConfig config, String file, Consumer<String> warnings) {
        Charset charset;
        int bom = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (config.encoding() != null) {
            charset = configuredCharset(config);
        } else if (isUtf8(head, length)) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = WINDOWS_1252;
            warnings.accept("file " + file + " is not valid UTF-8; read as windows-1252 (set encoding: to choose)");
        }
        String text = new String(head, bom, length - bom, charset);
        boolean tsv = file.toLowerCase(Locale.ROOT).contains(".tsv");
        boolean delimiterGiven = config.delimiter() != null && !config.delimiter().isEmpty();
        char quote = config.quote() != null ? config.quote() : '"';
        char delimiter = delimiterGiven ? unescape(config.delimiter()) : detectDelimiter(text, tsv, quote);
        if (config.quote() == null) {
            quote = detectQuote(text, delimiter);
            if (quote != '"' && !delimiterGiven) {
                delimiter = detectDelimiter(text, tsv, quote);
            }
        }
        char escape = config.escape() != null ? config.escape() : quote;
        return new CsvDialect(charset, bom, delimiter, quote, escape);
    }

    private static Charset configuredCharset(CsvSourceConfig config) {
        try {
            return Charset.forName(config.encoding().trim());
        } catch (IllegalArgumentException e) {
            throw new SourceException(config.name(), ErrorCategory.CONFIG, "encoding '" + config.encoding()
                    + "' is not one this Java knows (e.g. UTF-8, UTF-16, windows-1252, ISO-8859-1)");
        }
    }

    /**
     * {@code "} unless the sample quotes fields with {@code '} (one opens a field and one closes a field) and
     * never with {@code "}: an apostrophe inside a value (O'Brien) is not at a field's edge.
     */
    static char detectQuote(String text, char delimiter) {
        return quotesFields(text, delimiter, '\'') && !quotesFields(text, delimiter, '"') ? '\'' : '"';
    }

    private static boolean quotesFields(String text, char delimiter, char quote) {
        boolean opens = false;
        boolean closes = false;
        for (int i = 0; i < text.length() && !(opens && closes); i++) {
            if (text.charAt(i) != quote) {
                continue;
            }
            opens |= i == 0 || isFieldEdge(text.charAt(i - 1), delimiter);
            closes |= i + 1 == text.length() || isFieldEdge(text.charAt(i + 1), delimiter);
        }
        return opens && closes;
    }

    private static boolean isFieldEdge(char c, char delimiter) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    static boolean isBinary(byte[] head, int length) {
        int nul = 0;
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                nul++;
            }
        }
        // UTF-16 text has many NULs too, but starts with its byte-order mark (checked before this is called).
        return nul > 0;
    }

    private static boolean isUtf8(byte[] head, int length) {
        int end = length;
        // The sample may cut a multi-byte character at its end: ignore an incomplete last sequence.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static char detectDelimiter(String text, boolean tsv, char quote) {
        List<String> lines = text.lines().limit(50).filter(l -> !l.isBlank()).toList();
        if (lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1); // the last line of the sample may be cut
        }
        char best = tsv ? '\t' : ',';
        int bestScore = 0;
        for (char candidate : DELIMITERS) {
            Map<Integer, Integer> countsPerLine = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate, quote);
                if (count > 0) {
                    countsPerLine.merge(count, 1, Integer::sum);
                }
            }
            int score = countsPerLine.values().stream().max(Integer::compare).orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter, char quote) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static char unescape(String delimiter) {
        return delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? '\t' : delimiter.charAt(0);
    }
}
