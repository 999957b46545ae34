package io.schemabuilder.cli;

import io.schemabuilder.batch.repository.DamagedRepositoryException;
import io.schemabuilder.batch.repository.H2RepositoryFile;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's side of a crash-safe job repository: a run creates the embedded H2 file whole before its context
 * opens it ({@link H2RepositoryFile}); the context then completes or checks whatever repository it finds
 * ({@code JobRepositorySchema}), and a damaged one that holds runs ends the command with one line (exit 4).
 */
final class RepositoryCreation {

    private RepositoryCreation() {
    }

    /** Called by run and restart, holding the output folder's lock, before the context starts. */
    static void ensureEmbedded(BatchApplication.Settings settings) {
        if (settings.repositoryUrl() != null) {
            return;
        }
        Map<String, Object> properties = Repositories.dataSourceProperties(settings);
        try {
            H2RepositoryFile.ensureExists(settings.layout().stateDir(),
                    String.valueOf(properties.getOrDefault("spring.datasource.username", "sa")),
                    String.valueOf(properties.getOrDefault("spring.datasource.password", "")));
        } catch (SQLException | IOException | RuntimeException e) {
            throw new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "job repository "
                    + Repositories.describe(settings) + " cannot be created: " + Repositories.rootMessage(e), e);
        }
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
            Path file = H2RepositoryFile.file(settings.layout().stateDir());
            return "move it aside to start a new history (mv " + file + " " + file.resolveSibling("repository.damaged")
                    + "), or put back a backup of it";
        }
        return "drop the BATCH_ tables and sequences of its schema to start a new history, or restore them from a"
                + " backup";
    }
}
