package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import java.nio.file.Files;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
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

    /** What stop and abandon do to an execution, through Spring Batch's operator. */
    interface Operation {
        void apply(JobOperator operator, JobExecution execution) throws Exception;
    }

    /**
     * Applies an operation to one execution, which must be running (or must not be); any refusal of the operator
     * is a usage error with its reason.
     */
    static int operate(CommonOptions options, long id, boolean mustRun, String verb, Operation operation,
                       String done) {
        return withContext(options, context -> {
            JobExecution execution = execution(context, id);
            if (execution.isRunning() != mustRun) {
                throw new CommandFailure(ExitCodes.USAGE, "execution " + id + (mustRun
                        ? " is not running (" + execution.getStatus() + ")"
                        : " is running: stop it first (a run whose process died is recovered by the next run or restart)"));
            }
            try {
                operation.apply(context.getBean(JobOperator.class), execution);
            } catch (Exception e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot " + verb + " execution " + id + ": " + e.getMessage(), e);
            }
            System.out.println(done);
            return ExitCodes.OK;
        });
    }

    static JobExecution execution(ConfigurableApplicationContext context, long id) {
        return context.getBean(RunHistory.class).execution(id)
                .orElseThrow(() -> new CommandFailure(ExitCodes.USAGE, "no execution " + id + " in the job repository"));
    }
}
