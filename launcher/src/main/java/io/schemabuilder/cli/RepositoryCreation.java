package io.schemabuilder.cli;

import io.schemabuilder.batch.repository.DamagedRepositoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The launcher's side of a crash-safe job repository: the context creates an embedded H2 file whole before its pool
 * opens it ({@code H2RepositoryFile}), then completes or checks whatever repository it finds
 * ({@code JobRepositorySchema}); a damaged one that holds runs ends the command with one line (exit 4), made here.
 */
final class RepositoryCreation {
    /** H2's FILE_CORRUPTED_1: the file's bytes cannot be read as a database. */
    private static final int H2_FILE_CORRUPTED = 90030;

    private RepositoryCreation() {
    }

    /**
     * The command's failure when {@code e} (a context that did not start, or a reader's request) comes from a damaged
     * repository: one that lacks tables but holds runs, or an H2 file whose bytes are corrupt (truncated, overwritten).
     */
    static Optional<CommandFailure> damaged(BatchApplication.Settings settings, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedRepositoryException damaged) {
                return Optional.of(failure(settings, damaged.getMessage(), e));
            }
            if (settings.repositoryUrl() == null && t instanceof SQLException sql
                    && sql.getErrorCode() == H2_FILE_CORRUPTED) {
                return Optional.of(failure(settings, "its file is corrupt (" + Repositories.rootMessage(e) + ")", e));
            }
        }
        return Optional.empty();
    }

    private static CommandFailure failure(BatchApplication.Settings settings, String cause, Throwable e) {
        return new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "job repository " + Repositories.describe(settings)
                + " is damaged: " + cause + "; " + remedy(settings), e);
    }

    private static String remedy(BatchApplication.Settings settings) {
        if (settings.repositoryUrl() == null) {
            Path file = Path.of(Repositories.describe(settings));
            return "move it aside to start a new history (mv " + file + " " + file.resolveSibling("repository.damaged")
                    + "), or put back a backup of it";
        }
        return "drop the BATCH_ tables and sequences of its schema to start a new history, or restore them from a"
                + " backup";
    }
}
