package io.schemabuilder.batch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A remote run's manager follows its partitions in the repository, where the workers commit them: each call
 * prints what is new (a source started on a worker, a source failed: once each), updates the run's
 * {@link RunProgress} (for the progress lines), and writes the schema file of every source whose partitions all
 * completed ({@link RemoteSourceAssembly}: prints its done line). Called every few seconds while the build step
 * runs, and once more at its end; synchronized, so callers on several threads never assemble twice.
 */
public class ManagerProgress {
    private static final Logger log = LoggerFactory.getLogger(ManagerProgress.class);

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

    public synchronized void poll(JobExecution managerExecution) {
        JobExecution execution = repository.getJobExecution(managerExecution.getId());
        if (execution == null) {
            return;
        }
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
        for (String source : plan.sources()) {
            List<Partition> partitions = plan.partitionsOf(source);
            if (!assembled.contains(run.runId() + "/" + source) && partitions.stream().allMatch(p ->
                    current.containsKey(p.stepName()) ? current.get(p.stepName()) == BatchStatus.COMPLETED
                            : statuses.completed(execution, p))) { // (completed in an earlier execution, or not)
                assemble(run, execution, source, partitions);
            }
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

    private void assemble(RunContext run, JobExecution execution, String source, List<Partition> partitions) {
        try {
            assembly.assemble(run, execution, source, partitions);
            assembled.add(run.runId() + "/" + source);
        } catch (RuntimeException e) {
            // As a local partition whose assembly fails: the source fails (the previous file stays), and a
            // restart runs its partition again (it reads nothing more) so that its rows are assembled then.
            String line = SourceFailures.oneLine(source, List.of(e));
            log.warn("{}", line, e);
            for (Partition partition : partitions) {
                StepExecution last = repository.getLastStepExecution(execution.getJobInstance(),
                        partition.stepName());
                if (last != null && last.getJobExecutionId() == execution.getId()) {
                    last.setStatus(BatchStatus.FAILED);
                    last.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), line));
                    last.getExecutionContext().putString(WorkerListener.FAILURE_MESSAGE, line);
                    repository.updateExecutionContext(last);
                    repository.update(last);
                    reported.add(last.getId());
                }
            }
            console.failure(line);
        }
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
