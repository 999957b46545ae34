package io.schemabuilder.batch.job;

import io.schemabuilder.types.Dialect;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Around every worker step: prints a source's start line; on failure, prints the source's one-line cause and makes
 * it the step's exit description (what {@code show} reports); on success, assembles the source's schema.json as
 * soon as its last partition completes, so a slow source never delays the others' files.
 * <p>
 * On a remote worker ({@link Remote}) it never assembles (the manager does, from the staged rows): it records its
 * name in the partition's context at the start (saved at once, so that the manager says who reads the source) and
 * the source's dialect at the end, and closes the source when its partition ends.
 */
public class WorkerListener implements StepExecutionListener {
    /** The one-line cause of a failed partition, in its step's context. */
    public static final String FAILURE_MESSAGE = "failure.message";
    /** The name of the remote worker that ran the partition ({@code --name}), in its step's context. */
    public static final String WORKER_NAME = "worker.name";
    /** The source's dialect ({@link Dialect} constant) as the remote worker found it, in its step's context. */
    public static final String SOURCE_DIALECT = "source.dialect";

    /** What a remote worker needs besides: its name, the repository to save the name in, the source's adapter. */
    public record Remote(String workerName, JobRepository repository, SourceDialects dialects,
                         SourceAdapterRegistry adapters) {
    }

    private final RunContexts runs;
    private final SourceAssembler assembler;
    private final PartitionStatuses statuses;
    private final RunConsole console;
    private final Remote remote;

    public WorkerListener(RunContexts runs, SourceAssembler assembler, PartitionStatuses statuses,
                          RunConsole console) {
        this(runs, assembler, statuses, console, null);
    }

    /** @param remote null in a local run */
    public WorkerListener(RunContexts runs, SourceAssembler assembler, PartitionStatuses statuses,
                          RunConsole console, Remote remote) {
        this.runs = runs;
        this.assembler = assembler;
        this.statuses = statuses;
        this.console = console;
        this.remote = remote;
    }

    /** The dialect a remote worker recorded for the partition; null when none was. */
    public static Dialect recordedDialect(ExecutionContext context) {
        return context.containsKey(SOURCE_DIALECT) ? Dialect.valueOf(context.getString(SOURCE_DIALECT)) : null;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (remote != null) {
            step.getExecutionContext().putString(WORKER_NAME, remote.workerName());
            remote.repository().updateExecutionContext(step);
        }
        RunContext run = runs.of(step.getJobParameters());
        String source = Partition.fromContext(step.getExecutionContext()).source();
        if (run.progress().start(source)) {
            console.line("source " + source + ": started (" + run.source(source).type() + ")");
        }
        run.progress().source(source).partitionStarted();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        try {
            if (step.getStatus() == BatchStatus.COMPLETED && step.getFailureExceptions().isEmpty()) {
                return remote != null ? recordDialect(run, partition, step) : assembleIfLast(run, partition, step);
            }
            if (step.getStatus() == BatchStatus.STOPPED) {
                console.failure("source " + partition.source() + ": stopped");
                return step.getExitStatus();
            }
            return failed(step, partition.source(), step.getFailureExceptions());
        } finally {
            // After the assembly (a big source's file takes a while): its live line goes with its done line.
            run.progress().source(partition.source()).partitionEnded();
            if (remote != null) {
                // A worker serves run after run: the source's connections and the config's secrets go now.
                remote.adapters().close(partition.source());
                runs.forget(run.runId());
            }
        }
    }

    /** The manager writes the schema file; it may not reach the source to ask its dialect, so it is told. */
    private ExitStatus recordDialect(RunContext run, Partition partition, StepExecution step) {
        try {
            Dialect dialect = remote.dialects().of(run, run.source(partition.source()));
            step.getExecutionContext().putString(SOURCE_DIALECT, dialect.name());
            return step.getExitStatus();
        } catch (RuntimeException e) {
            step.setStatus(BatchStatus.FAILED);
            return failed(step, partition.source(), List.of(e));
        }
    }

    private ExitStatus assembleIfLast(RunContext run, Partition partition, StepExecution step) {
        List<Partition> partitions = PartitionPlan.of(run).partitionsOf(partition.source());
        boolean allDone = partitions.stream().allMatch(p -> p.name().equals(partition.name())
                || statuses.completed(step.getJobExecution(), p));
        if (!allDone) {
            return step.getExitStatus();
        }
        try {
            assembler.assemble(run, run.source(partition.source()), partitions);
            return step.getExitStatus();
        } catch (RuntimeException e) {
            // The source's file was not written (the previous one stays): the partition failed, and a restart
            // runs it again (it reads nothing more: its last chunk was committed) to assemble the file.
            step.setStatus(BatchStatus.FAILED);
            return failed(step, partition.source(), List.of(e));
        }
    }

    private ExitStatus failed(StepExecution step, String source, List<Throwable> failures) {
        String line = SourceFailures.oneLine(source, failures);
        console.failure(line);
        // Batch appends this to an exit description that already holds the stack trace, cut at 2500 characters;
        // the step's context (saved after this listener) keeps the line whole for `show`.
        step.getExecutionContext().putString(FAILURE_MESSAGE, line);
        return new ExitStatus(ExitStatus.FAILED.getExitCode(), line);
    }
}
