package io.schemabuilder.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write of the run's own files is the source's one line, category io. */
class LocalWritesTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedWithTheFileBeingWritten() {
        Path file = dir.resolve("staging/shop.jsonl");

        SourceException e = LocalWrites.failure("shop", file, new IOException("No space left on device"));

        assertThat(e.category()).isEqualTo(ErrorCategory.IO);
        assertThat(e.oneLine()).isEqualTo("source shop: io: no space left on device writing " + file);
    }

    @Test
    void aFileSystemExceptionNamesItsOwnFileAndReason() {
        Path file = dir.resolve("schemas/shop/schema.json");

        assertThat(LocalWrites.failure("shop", dir, new FileSystemException(file.toString(), null,
                "Read-only file system")).oneLine())
                .isEqualTo("source shop: io: read-only file system writing " + file);
        assertThat(LocalWrites.failure("shop", dir, new AccessDeniedException(file.toString())).oneLine())
                .isEqualTo("source shop: io: permission denied writing " + file);
    }

    @Test
    void aWriteThatWouldLeaveLessThanTheMarginIsRefusedAsAFullDisk() {
        Path file = dir.resolve("shop.jsonl");
        var store = LocalWrites.store(file);

        LocalWrites.ensureRoom("shop", file, store, 1024);
        assertThatThrownBy(() -> LocalWrites.ensureRoom("shop", file, store, Long.MAX_VALUE / 2))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("no space left on device writing " + file + " (")
                .hasMessageEndingWith("KB free; 2048 KB are kept for the job repository)");
    }
}
