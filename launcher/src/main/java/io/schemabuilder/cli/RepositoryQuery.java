package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import java.nio.file.Files;
import java.util.function.Function;
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
}
