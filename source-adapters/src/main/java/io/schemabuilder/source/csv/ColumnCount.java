package io.schemabuilder.source.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Counts the fields of one record of a CSV text as a stream (a record of any length in constant memory). */
final class ColumnCount {

    private ColumnCount() {
    }

    /** The fields of the record that starts on line {@code lineIndex} (0 for the first line). */
    static long ofLine(Reader text, long lineIndex, char delimiter, char quote) throws IOException {
        BufferedReader in = new BufferedReader(text, 1 << 16);
        for (long skipped = 0; skipped < lineIndex; ) {
            int c = in.read();
            if (c < 0) {
                return 0;
            }
            if (c == '\n') {
                skipped++;
            }
        }
        long fields = 1;
        boolean quoted = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == quote) {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                fields++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
        }
        return fields;
    }
}
