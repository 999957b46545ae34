package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import java.io.PrintStream;
import java.util.function.Function;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code run} and {@code restart} share: hold the output folder's lock, start the context, recover runs left
 * behind by a crash, launch, print the summary, and give the exit code.
 */
final class JobRunner {

    /** The beans a launch needs. */
    record Batch(Job job, JobOperator operator, JobRepository repository, RunHistory history) {
    }

    private JobRunner() {
    }

    static int launch(BatchApplication.Settings settings, PrintStream out, Function<Batch, JobExecution> launch) {
        RunLayout layout = settings.layout();
        RepositoryServer.bindToLoopback();
        try (RunLock lock = RunLock.acquire(layout);
             ConfigurableApplicationContext context = BatchApplication.start(settings);
             RepositoryServer served = RepositoryServer.start(settings)) {
            Batch batch = new Batch(context.getBean(Job.class), context.getBean(JobOperator.class),
                    context.getBean(JobRepository.class), context.getBean(RunHistory.class));
            Recovery.recoverAbandonedRuns(batch.repository(), batch.operator(), layout, out);
            JobExecution execution = launch.apply(batch);
            return RunReport.summarize(execution, batch.history(), out);
        }
    }
}
