package io.schemabuilder.batch.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or a crash at any moment, sees either the old content or the new, never part:
 * write a temp file beside it, fsync it, rename it over the target, fsync the folder.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes the new content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            writeDurably(temp, content);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a file and fsyncs it (the stream given to {@code content} may be closed by it: no harm). */
    public static void writeDurably(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(buffered);
            // Content that leaves the stream open (Files.copy does) still has its last bytes in the buffer.
            buffered.flush();
            channel.force(true);
        }
    }

    /**
     * Makes {@code copy} hold the bytes of {@code file}, durably: a hard link when the file system allows (no bytes
     * copied, no space used; for files that are only ever replaced by rename, as everything written here is), else
     * a copy through {@link #replace}.
     */
    public static void keepCopy(Path file, Path copy) throws IOException {
        try {
            Files.deleteIfExists(copy);
            Files.createLink(copy, file);
            syncDirectory(copy.toAbsolutePath().getParent());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            replace(copy, out -> Files.copy(file, out));
        }
    }

    /** Renames a durable file over {@code target} in one step (both on the same file system), durably. */
    public static void move(Path source, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
    }

    /** Makes a rename durable; not every platform lets a folder be opened for this, which is then no loss. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename itself is still atomic.
        }
    }
}
