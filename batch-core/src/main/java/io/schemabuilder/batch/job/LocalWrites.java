package io.schemabuilder.batch.job;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The run's own writes (staging files, schema files): their failures as the source's one line
 * ({@code source X: io: no space left on device writing FILE}), and a margin of free space left to the job
 * repository. The embedded repository lives on the same disk: were a staging write to take the last bytes, the
 * repository could not record the failure (H2 closes the database when a write fails) and the run would stay STARTED.
 * So a write that would leave less than {@link #MARGIN_BYTES} free is refused as if the disk were full.
 */
public final class LocalWrites {
    /** Free space kept for the job repository's commits and the log. */
    public static final long MARGIN_BYTES = 2L << 20;

    private LocalWrites() {
    }

    /**
     * Refuses a write of {@code bytes} into {@code file} on {@code store} (from {@link #store}; null: unknown) that
     * would leave less than the margin free.
     */
    public static void ensureRoom(String source, Path file, FileStore store, long bytes) {
        long free = usableSpace(store);
        if (free >= 0 && free - bytes < MARGIN_BYTES) {
            throw new SourceException(source, ErrorCategory.IO, "no space left on device writing " + file + " ("
                    + free / 1024 + " KB free; " + MARGIN_BYTES / 1024 + " KB are kept for the job repository)");
        }
    }

    /** The one-line failure of a write into {@code file}. */
    public static SourceException failure(String source, Path file, IOException e) {
        Path where = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : file;
        return new SourceException(source, ErrorCategory.IO, reason(e) + " writing " + where, e);
    }

    static String reason(IOException e) {
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "no space left on device";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return message.toLowerCase(Locale.ROOT).contains("read-only file system") ? "read-only file system" : message;
    }

    /** The file system {@code file} is (or would be) written on; null when it cannot be told. */
    public static FileStore store(Path file) {
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) {
                try {
                    return Files.getFileStore(dir);
                } catch (IOException | SecurityException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static long usableSpace(FileStore store) {
        try {
            return store == null ? -1 : store.getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
