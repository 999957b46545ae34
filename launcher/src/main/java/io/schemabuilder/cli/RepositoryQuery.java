package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import java.nio.file.Files;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens the job repository for a read-only command (history, show), without taking the run lock. */
final class RepositoryQuery {

    private RepositoryQuery() {
    }

    /** Null when there is no embedded repository yet (no run ever wrote into this output folder). */
    static <T> T withHistory(CommonOptions options, Function<RunHistory, T> query, T whenNone) {
        RunLayout layout = options.layout();
        BatchApplication.Settings settings = options.settings(layout, 1, 1);
        if (settings.repositoryUrl() == null && !Files.exists(layout.stateDir().resolve("repository.mv.db"))) {
            return whenNone;
        }
        try (ConfigurableApplicationContext context = BatchApplication.start(settings)) {
            return query.apply(context.getBean(RunHistory.class));
        }
    }

    /** For commands that change the repository (stop, abandon, purge). */
    static <T> T withContext(CommonOptions options, Function<ConfigurableApplicationContext, T> command) {
        try (ConfigurableApplicationContext context = BatchApplication.start(options.settings(options.layout(), 1, 1))) {
            return command.apply(context);
        }
    }

    static JobExecution execution(ConfigurableApplicationContext context, long id) {
        return context.getBean(RunHistory.class).execution(id)
                .orElseThrow(() -> new CommandFailure(ExitCodes.USAGE, "no execution " + id + " in the job repository"));
    }
}
