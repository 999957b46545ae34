package io.schemabuilder.batch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaceKeepsEveryByteWhenTheContentLeavesTheStreamOpen() throws IOException {
        byte[] bytes = new byte[200_003]; // not a multiple of the 64 KB buffer
        new Random(8).nextBytes(bytes);
        Path source = Files.write(dir.resolve("source.bin"), bytes);
        Path target = dir.resolve("copy.bin");

        AtomicFiles.replace(target, out -> Files.copy(source, out));

        assertThat(target).hasBinaryContent(bytes);
    }

    @Test
    void aKeptCopyStaysWhenTheFileIsReplacedAfterwards() throws IOException {
        Path file = dir.resolve("schema.json");
        AtomicFiles.replace(file, out -> out.write("version 1".getBytes()));
        Path copy = dir.resolve("history/1.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "an older file of the same name");

        AtomicFiles.keepCopy(file, copy);
        AtomicFiles.replace(file, out -> out.write("version 2".getBytes()));

        assertThat(copy).hasContent("version 1");
        assertThat(file).hasContent("version 2");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = Files.writeString(dir.resolve("schema.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
