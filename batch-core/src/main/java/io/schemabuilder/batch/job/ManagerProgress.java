package io.schemabuilder.batch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A remote run's manager follows its partitions in the repository, where the workers commit them: each call
 * prints what is new (a source started on a worker, a source failed: once each), updates the run's
 * {@link RunProgress} (for the progress lines), and writes the schema file of every source whose partitions all
 * completed ({@link RemoteSourceAssembly}: prints its done line; several at once when several are ready). Called
 * at each round of the worker-timeout watch (twice a second for up to 100 sources) while the build step runs, and
 * once more at its end; synchronized, so callers on several threads never assemble twice.
 */
public class ManagerProgress {
    private static final Logger log = LoggerFactory.getLogger(ManagerProgress.class);
    /**
     * Sources written at once at most: each streams its rows from the repository into a file, bound by a core; and
     * each holds a repository connection meanwhile, so not more than a small pool has.
     */
    private static final int ASSEMBLY_THREADS = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));

    private final JobRepository repository;
    private final RunContexts runs;
    private final PartitionStatuses statuses;
    private final RemoteSourceAssembly assembly;
    private final RunConsole console;
    /** Step executions whose failure line was printed (ids are unique in a repository). */
    private final Set<Long> reported = new HashSet<>();
    /** Run id/source of the sources written: not looked at again. */
    private final Set<String> assembled = new HashSet<>();
    /**
     * The run as its job sees it, per execution: a poll after the job ended (and forgot its run) must not load a
     * new one, whose fresh progress would print every start line again and lose what the launcher reports.
     */
    private final Map<Long, RunContext> byExecution = new HashMap<>();

    public ManagerProgress(JobRepository repository, RunContexts runs, PartitionStatuses statuses,
                           RemoteSourceAssembly assembly, RunConsole console) {
        this.repository = repository;
        this.runs = runs;
        this.statuses = statuses;
        this.assembly = assembly;
        this.console = console;
    }

    /** Reads the run's execution from the repository, then {@link #update}s from it. */
    public void poll(JobExecution managerExecution) {
        JobExecution execution = repository.getJobExecution(managerExecution.getId());
        if (execution != null) {
            update(execution);
        }
    }

    /** Follows the run from its execution as the repository holds it now (read by the caller). */
    public synchronized void update(JobExecution execution) {
        RunContext run = byExecution.computeIfAbsent(execution.getId(), id -> runs.of(execution.getJobParameters()));
        PartitionPlan plan = plan(run);
        if (plan == null) {
            return; // not partitioned yet
        }
        Map<String, BatchStatus> current = new HashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith(Partition.WORKER_STEP + ":")) {
                current.put(step.getStepName(), step.getStatus());
                follow(run, step);
            }
        }
        Map<String, List<Partition>> ready = new LinkedHashMap<>();
        for (String source : plan.sources()) {
            List<Partition> partitions = plan.partitionsOf(source);
            if (!assembled.contains(run.runId() + "/" + source) && partitions.stream().allMatch(p ->
                    current.containsKey(p.stepName()) ? current.get(p.stepName()) == BatchStatus.COMPLETED
                            : statuses.completed(execution, p))) { // (completed in an earlier execution, or not)
                ready.put(source, partitions);
            }
        }
        assembleAll(run, execution, ready);
    }

    /**
     * Writes the schema files of the sources whose partitions all completed: several at once when several are ready
     * (sources that end together, the usual case at a run's end), as a local run writes each on its partition's
     * thread; the run waits for them.
     */
    private void assembleAll(RunContext run, JobExecution execution, Map<String, List<Partition>> ready) {
        if (ready.isEmpty()) {
            return;
        }
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(ready.size(), ASSEMBLY_THREADS), task -> {
            Thread thread = new Thread(task, "assemble");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Optional<RuntimeException>>> running = new LinkedHashMap<>();
            ready.forEach((source, partitions) -> running.put(source,
                    threads.submit(() -> assembleOne(run, execution, source, partitions))));
            for (Map.Entry<String, Future<Optional<RuntimeException>>> source : running.entrySet()) {
                waitFor(source.getValue()).ifPresent(e -> failures.put(source.getKey(), e));
            }
        } finally {
            threads.shutdown();
        }
        for (String source : ready.keySet()) {
            if (failures.containsKey(source)) {
                failed(execution, source, ready.get(source), failures.get(source));
            } else {
                assembled.add(run.runId() + "/" + source);
            }
        }
    }

    private Optional<RuntimeException> assembleOne(RunContext run, JobExecution execution, String source,
                                                   List<Partition> partitions) {
        try {
            assembly.assemble(run, execution, source, partitions);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    private static Optional<RuntimeException> waitFor(Future<Optional<RuntimeException>> assembly) {
        try {
            return assembly.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Optional.of(cause instanceof RuntimeException r ? r : new IllegalStateException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new IllegalStateException("interrupted while writing the schema file"));
        }
    }

    private void follow(RunContext run, StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey("source")) {
            return;
        }
        String source = Partition.fromContext(context).source();
        String worker = context.containsKey(WorkerListener.WORKER_NAME)
                ? context.getString(WorkerListener.WORKER_NAME) : null;
        if (worker != null && run.progress().start(source)) {
            console.line("source " + source + ": started (" + run.source(source).type() + ") on worker " + worker);
        }
        run.progress().source(source).remote(context.getLong(TableReader.COUNT, 0L),
                worker != null && step.getStatus().isRunning());
        if (step.getStatus() == BatchStatus.FAILED && reported.add(step.getId())) {
            console.failure(context.containsKey(WorkerListener.FAILURE_MESSAGE)
                    ? context.getString(WorkerListener.FAILURE_MESSAGE)
                    : SourceFailures.oneLine(source, step.getFailureExceptions()));
        } else if (step.getStatus() == BatchStatus.STOPPED && reported.add(step.getId())) {
            console.failure("source " + source + ": stopped");
        }
    }

    /**
     * As a local partition whose assembly fails: the source fails (the previous file stays), and a restart runs its
     * partition again (it reads nothing more) so that its rows are assembled then.
     */
    private void failed(JobExecution execution, String source, List<Partition> partitions, RuntimeException e) {
        String line = SourceFailures.oneLine(source, List.of(e));
        log.warn("{}", line, e);
        for (Partition partition : partitions) {
            StepExecution last = repository.getLastStepExecution(execution.getJobInstance(), partition.stepName());
            if (last != null && last.getJobExecutionId() == execution.getId()) {
                PartitionFailure.mark(repository, last, line);
                reported.add(last.getId());
            }
        }
        console.failure(line);
    }

    private static PartitionPlan plan(RunContext run) {
        Path file = run.layout().planFile(run.runId());
        try {
            return Files.exists(file) ? PartitionPlan.load(file) : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the run's plan " + file, e);
        }
    }
}
