package io.schemabuilder.batch.output;

import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The complete records of a staging file ({@link StagedTableCodec}), read in blocks. A last record without its
 * final newline is a write cut short (the writer cuts it away on restart) and is not returned. A record's bytes
 * are valid until the next call.
 */
final class StagingRecords implements AutoCloseable {
    private final Path file;
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private long positionOfStart;
    private boolean eof;

    private int headerLength;
    private int recordStart;
    private int recordLength;
    private long recordPosition;

    StagingRecords(Path file) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
    }

    /** Moves to the next complete record; false at the end of the file. */
    boolean next() throws IOException {
        int newline = indexOfNewline();
        if (newline < 0) {
            return false;
        }
        int nextHeaderLength = newline - start;
        int payloadLength;
        try {
            payloadLength = StagedTableCodec.payloadLength(buffer, start, nextHeaderLength);
        } catch (IllegalStateException e) {
            throw new IOException("staging file " + file + " is damaged at byte " + positionOfStart + ": "
                    + e.getMessage(), e);
        }
        int length = nextHeaderLength + 1 + payloadLength;
        if (!fill(length)) { // (may move the bytes: only lengths are kept across it)
            return false;
        }
        if (payloadLength > 0 && buffer[start + length - 1] != '\n') {
            throw new IOException("staging file " + file + " is damaged at byte " + (positionOfStart + length - 1)
                    + ": a record does not end where its header says");
        }
        headerLength = nextHeaderLength;
        recordStart = start;
        recordLength = length;
        recordPosition = positionOfStart;
        start += length;
        positionOfStart += length;
        return true;
    }

    /** The current record's key, without decoding the rest. */
    TableKey key() {
        return StagedTableCodec.key(buffer, recordStart, headerLength);
    }

    /** The current record's table. */
    RenderedTable table() {
        return StagedTableCodec.table(buffer, recordStart, headerLength);
    }

    /** Where the record starts in the file. */
    long position() {
        return recordPosition;
    }

    /** The record's length in bytes. */
    int length() {
        return recordLength;
    }

    /** The buffer index of the next newline at or after {@code start}, reading more as needed; -1 at the end. */
    private int indexOfNewline() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            scanned = end - start;
            if (!readMore()) {
                return -1;
            }
        }
    }

    /** Makes {@code length} bytes from {@code start} available; false if the file ends first. */
    private boolean fill(int length) throws IOException {
        while (end - start < length) {
            if (!readMore()) {
                return false;
            }
        }
        return true;
    }

    private boolean readMore() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        } else if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
