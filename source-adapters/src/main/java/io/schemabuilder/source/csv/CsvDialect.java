package io.schemabuilder.source.csv;

import java.nio.charset.Charset;

/**
 * How one CSV file is written, detected or configured.
 *
 * @param bomLength bytes of byte-order mark to skip
 */
record CsvDialect(Charset charset, int bomLength, char delimiter, char quote, char escape) {

    /** As {@code check} shows it: {@code delimiter ',', UTF-8}, with the quote and escape when they are not {@code "}. */
    String describe() {
        StringBuilder text = new StringBuilder("delimiter ").append(shown(delimiter));
        if (quote != '"') {
            text.append(", quote ").append(shown(quote));
        }
        if (escape != quote) {
            text.append(", escape ").append(shown(escape));
        }
        return text.append(", ").append(charset.name()).toString();
    }

    private static String shown(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }
}
