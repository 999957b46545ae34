package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

/**
 * The job repository for the commands that look at it (history, show) or change one execution (stop, abandon,
 * purge): through a {@link RepositoryClient}, without the run lock and without a Spring context, so that they work
 * the same while a run is going.
 */
final class RepositoryQuery {

    private RepositoryQuery() {
    }

    static RepositoryClient client(CommonOptions options) {
        return new RepositoryClient(options.settings(options.layout(), 1, 1));
    }

    /** {@code whenNone} when there is no embedded repository yet (no run ever wrote into this output folder). */
    static <T> T withHistory(CommonOptions options, Function<RunHistory, T> query, T whenNone) {
        return client(options).read(query, whenNone);
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
        int exitCode = client(options).write(session -> {
            JobExecution execution = session.history().execution(id).orElseThrow(RepositoryQuery.noExecution(id));
            if (execution.isRunning() != mustRun) {
                throw new CommandFailure(ExitCodes.USAGE, "execution " + id + (mustRun
                        ? " is not running (" + execution.getStatus() + ")"
                        : " is running: stop it first (a run whose process died is recovered by the next run or restart)"));
            }
            try {
                operation.apply(session.operator(), execution);
            } catch (Exception e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot " + verb + " execution " + id + ": " + e.getMessage(), e);
            }
            return ExitCodes.OK;
        }, -1);
        if (exitCode < 0) {
            throw noExecution(id).get();
        }
        System.out.println(done);
        return exitCode;
    }

    static java.util.function.Supplier<CommandFailure> noExecution(long id) {
        return () -> new CommandFailure(ExitCodes.USAGE, "no execution " + id + " in the job repository");
    }
}
