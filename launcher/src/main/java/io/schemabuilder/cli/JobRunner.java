package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RunContexts;
import java.util.function.Function;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code run} and {@code restart} share: hold the output folder's lock, start the context, recover runs left
 * behind by a crash, launch (reporting progress meanwhile), print the summary (and with --json the document), and
 * give the exit code.
 */
final class JobRunner {

    /** The beans a launch needs. */
    record Batch(Job job, JobOperator operator, JobRepository repository, RunHistory history) {
    }

    private JobRunner() {
    }

    static int launch(BatchApplication.Settings settings, RunOutput output, Function<Batch, JobExecution> launch) {
        RunLayout layout = settings.layout();
        RepositoryServer.bindToLoopback();
        try (RunLock lock = RunLock.acquire(layout);
             ConfigurableApplicationContext context = BatchApplication.start(settings, output.console());
             RepositoryServer served = RepositoryServer.start(settings)) {
            Batch batch = new Batch(context.getBean(Job.class), context.getBean(JobOperator.class),
                    context.getBean(JobRepository.class), context.getBean(RunHistory.class));
            RunContexts runs = context.getBean(RunContexts.class);
            Recovery.recoverAbandonedRuns(batch.repository(), batch.operator(), layout, output.notes());
            JobExecution execution;
            try (ProgressReporter progress = output.progress(runs)) {
                execution = launch.apply(batch);
            }
            int exitCode = RunReport.summarize(execution, batch.history(), output.summary());
            // The exit code is final here: the JSON says the one the process ends with.
            output.result(() -> RunResultJson.of(batch.history().find(execution.getId()).orElseThrow(), exitCode,
                    runs.progress(execution.getJobParameters().getString(JobParameterNames.RUN_ID))));
            return exitCode;
        }
    }
}
