package io.schemabuilder.cli;

import io.schemabuilder.batch.repository.DamagedRepositoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The launcher's side of a crash-safe job repository: the context creates an embedded H2 file whole before its pool
 * opens it ({@code H2RepositoryFile}), then completes or checks whatever repository it finds
 * ({@code JobRepositorySchema}); a damaged one that holds runs ends the command with one line (exit 4), made here.
 */
final class RepositoryCreation {

    private RepositoryCreation() {
    }

    /** The command's failure when {@code e} (a context that did not start) comes from a damaged repository. */
    static Optional<CommandFailure> damaged(BatchApplication.Settings settings, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedRepositoryException damaged) {
                return Optional.of(new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "job repository "
                        + Repositories.describe(settings) + " is damaged: " + damaged.getMessage() + "; "
                        + remedy(settings), e));
            }
        }
        return Optional.empty();
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
