package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens the job repository for a read-only command (history, show), without taking the run lock. */
final class RepositoryQuery {

    private RepositoryQuery() {
    }

    /** {@code whenMissing} answers when there is no repository where the command looks (nothing is created). */
    static <T> T withHistory(CommonOptions options, Function<RunHistory, T> query,
                             Function<MissingRepository, T> whenMissing) {
        RunLayout layout = options.layout();
        Optional<MissingRepository> missing = MissingRepository.of(options, layout);
        if (missing.isPresent()) {
            return whenMissing.apply(missing.get());
        }
        try (ConfigurableApplicationContext context = BatchApplication.start(options.settings(layout, 1, 1))) {
            return query.apply(context.getBean(RunHistory.class));
        }
    }

    /** For commands that change the repository (stop, abandon, purge); exit 2 when there is none where they look. */
    static <T> T withContext(CommonOptions options, Function<ConfigurableApplicationContext, T> command) {
        RunLayout layout = options.layout();
        MissingRepository.of(options, layout).ifPresent(missing -> {
            throw missing.failure();
        });
        try (ConfigurableApplicationContext context = BatchApplication.start(options.settings(layout, 1, 1))) {
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
