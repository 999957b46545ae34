package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Before a run is recorded: the output dir's {@code schemas/} and {@code .schema-builder/} can be written (made if
 * missing, a file created and deleted in each). An output dir that cannot be written is a configuration error
 * (exit 2), not a run whose every source fails.
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
