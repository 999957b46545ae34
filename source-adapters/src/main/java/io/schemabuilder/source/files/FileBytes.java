package io.schemabuilder.source.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far a file source is through its files, for the progress line: bytes done of the total size of its files.
 * A file counts whole once its table is made, whether it was read to the end, only sampled, or reused unread, so
 * that the figure reaches the total when the source ends. Thread-safe: partitions read files at once.
 */
public final class FileBytes {
    private final LongAdder done = new LongAdder();
    private volatile long total;

    /** The size of every file the source lists (set when it lists them). */
    public void total(long bytes) {
        total = bytes;
    }

    public long total() {
        return total;
    }

    public long done() {
        return done.sum();
    }

    /** A file of this size that was not read (its table was reused from the previous run). */
    public void skipped(long bytes) {
        done.add(bytes);
    }

    /**
     * Counts the bytes read through {@code in}; on close, the rest of the file's {@code size} counts as done too (a
     * sample stops early). Each read adds to a shared counter: a few nanoseconds per buffer, not per byte.
     */
    public InputStream counting(InputStream in, long size) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                add(skipped);
                return skipped;
            }

            private void add(long n) {
                read += n;
                done.add(n);
            }

            @Override
            public void close() throws IOException {
                if (read < size) {
                    add(size - read);
                }
                super.close();
            }
        };
    }
}
