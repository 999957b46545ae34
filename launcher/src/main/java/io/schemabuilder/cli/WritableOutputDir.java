package io.schemabuilder.cli;

import io.schemabuilder.batch.job.LocalWrites;
import io.schemabuilder.batch.job.RunLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Before a run is recorded: the output dir's {@code schemas/} and {@code .schema-builder/} can be written (made if
 * missing, a file created and deleted in each). An output dir that cannot be written is a configuration error
 * (exit 2), not a run whose every source fails. So is one with less free space than the run keeps for the job
 * repository ({@link LocalWrites#MARGIN_BYTES}): every staging write would be refused, and the embedded repository
 * could not even record the run (H2 closes the database when a write fails, leaving a run STARTING and a cryptic
 * {@code The database has been closed}).
 */
final class WritableOutputDir {

    private WritableOutputDir() {
    }

    static void check(RunLayout layout) {
        for (Path dir : new Path[] {layout.schemasDir(), layout.stateDir()}) {
            try {
                Files.createDirectories(dir);
                Path probe = Files.createTempFile(dir, ".write-check-", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException e) {
                throw new CommandFailure(ExitCodes.USAGE, "output dir " + layout.outputDir().toAbsolutePath()
                        + " cannot be written: " + reason(e) + " (" + dir.toAbsolutePath() + ")", e);
            }
        }
        checkRoom(layout, usableSpace(layout.stateDir()));
    }

    /** Refuses a run when {@code usableBytes} (-1: unknown) is below the margin kept for the job repository. */
    static void checkRoom(RunLayout layout, long usableBytes) {
        if (usableBytes >= 0 && usableBytes < LocalWrites.MARGIN_BYTES) {
            throw new CommandFailure(ExitCodes.USAGE, "output dir " + layout.outputDir().toAbsolutePath()
                    + " cannot be written: no space left on device (" + usableBytes / 1024 + " KB free; a run needs "
                    + LocalWrites.MARGIN_BYTES / 1024 + " KB for the job repository)");
        }
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is where the folder should be";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
