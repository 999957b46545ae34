package io.schemabuilder.source.csv;

import java.nio.charset.Charset;

/**
 * How one CSV file is written, detected or configured.
 *
 * @param bomLength bytes of byte-order mark to skip
 */
record CsvDialect(Charset charset, int bomLength, char delimiter, char quote, char escape) {
}
