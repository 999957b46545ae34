package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.history.StopSignal;
import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.job.RunContexts;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code run} and {@code restart} share: hold the output folder's lock, start the context, recover runs left
 * behind by a crash, launch (reporting progress meanwhile), print the summary (and with --json the document), and
 * give the exit code. SIGTERM and SIGINT stop the run ({@link SignalStop}).
 */
final class JobRunner {

    /** The beans a launch needs. */
    record Batch(Job job, JobOperator operator, JobRepository repository, RunHistory history) {
    }

    private JobRunner() {
    }

    static int launch(BatchApplication.Settings settings, RunOutput output, Function<Batch, JobExecution> launch) {
        return launch(settings, output, null, launch);
    }

    /** @param remote the broker's side when the partitions go to workers ({@code --broker}), else null */
    static int launch(BatchApplication.Settings settings, RunOutput output, RemoteRun remote,
                      Function<Batch, JobExecution> launch) {
        RunLayout layout = settings.layout();
        WritableOutputDir.check(layout);
        RepositoryServer.bindToLoopback();
        if (remote != null) {
            remote.checkBroker();
        }
        try (SignalStop signals = SignalStop.install(output.summary());
             RunLock lock = RunLock.acquire(layout);
             ConfigurableApplicationContext context = remote == null ? BatchApplication.start(settings, output.console())
                     : RemoteApplication.start(settings, output.console(), "manager", remote.properties());
             RepositoryServer served = RepositoryServer.start(settings)) {
            Batch batch = new Batch(context.getBean(Job.class), context.getBean(JobOperator.class),
                    context.getBean(JobRepository.class), context.getBean(RunHistory.class));
            RunContexts runs = context.getBean(RunContexts.class);
            Recovery.recoverAbandonedRuns(batch.repository(), batch.operator(), layout, output.notes());
            signals.whenRunning(() -> stopRunning(batch, layout));
            Optional<StopSignal> early = signals.received();
            if (early.isPresent()) {
                throw new CommandFailure(early.get().exitCode(), early.get().label()
                        + " before the run started: nothing was read and no run was recorded");
            }
            JobExecution execution;
            try (ProgressReporter progress = output.progress(runs)) {
                execution = launch.apply(batch);
            }
            Optional<StopSignal> signal = signals.received().filter(s -> execution.getStatus() == BatchStatus.STOPPED);
            signal.ifPresent(s -> record(batch.repository(), execution.getId(), s));
            int exitCode = RunReport.summarize(execution, batch.history(), signal, settings.repositoryUrl(),
                    remote == null ? null : remote.broker().toString(), output.summary());
            // The exit code is final here (143/130 after a signal): the JSON says the one the process ends with.
            output.result(() -> RunResultJson.of(batch.history().find(execution.getId()).orElseThrow(), exitCode,
                    runs.progress(execution.getJobParameters().getString(JobParameterNames.RUN_ID))));
            return exitCode;
        }
    }

    /** Asks this output dir's running execution to stop, as {@code stop} does; false while there is none yet. */
    private static boolean stopRunning(Batch batch, RunLayout layout) {
        boolean asked = false;
        for (JobExecution execution : batch.repository().findRunningJobExecutions(JobParameterNames.JOB_NAME)) {
            if (Recovery.ofThisFolder(execution, layout) && execution.getStatus() != BatchStatus.STARTING) {
                try {
                    batch.operator().stop(batch.repository().getJobExecution(execution.getId()));
                } catch (Exception e) {
                    // It ended meanwhile: nothing left to stop.
                }
                asked = true;
            }
        }
        return asked;
    }

    /** Keeps the signal in the stopped execution, so that history and show give the exit code the process had. */
    private static void record(JobRepository repository, long executionId, StopSignal signal) {
        JobExecution stored = repository.getJobExecution(executionId);
        stored.setExitStatus(signal.exitStatus());
        repository.update(stored);
    }
}
