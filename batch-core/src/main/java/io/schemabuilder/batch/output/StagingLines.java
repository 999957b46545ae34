package io.schemabuilder.batch.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The complete lines of a staging file, read in blocks. A last line without its newline is a write cut short (the
 * writer cuts it away on restart) and is not returned. A line's bytes are valid until the next call.
 */
final class StagingLines implements AutoCloseable {
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private long positionOfStart;
    private boolean eof;

    private int lineStart;
    private int lineLength;
    private long linePosition;

    StagingLines(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** Moves to the next complete line; false at the end of the file. */
    boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buffer[i] == '\n') {
                    lineStart = start;
                    lineLength = i - start;
                    linePosition = positionOfStart;
                    positionOfStart += lineLength + 1L;
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                return false;
            }
            scanFrom = end - start;
            compactOrGrow();
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** Where the line starts in the file. */
    long position() {
        return linePosition;
    }

    private void compactOrGrow() {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        } else if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
