package io.schemabuilder.batch.job;

import io.schemabuilder.types.Dialect;
import java.nio.file.Files;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A remote run's manager writes a completed source's schema file as a local run does: its rows are downloaded from
 * the repository into the staging files a local run would have (same paths, same bytes), the usual
 * {@link SourceAssembler} writes the file, then the rows are deleted. The dialect, when the config does not say,
 * is the one the source's worker recorded.
 */
public class RemoteSourceAssembly {
    private final SourceAssembler assembler;
    private final RepositoryStaging staging;
    private final SourceDialects dialects;
    private final JobRepository repository;

    public RemoteSourceAssembly(SourceAssembler assembler, RepositoryStaging staging, SourceDialects dialects,
                                JobRepository repository) {
        this.assembler = assembler;
        this.staging = staging;
        this.dialects = dialects;
        this.repository = repository;
    }

    /**
     * Writes the source's schema file unless it holds this run's tables already; all its partitions completed.
     * Under the assembler's lock of the source (several sources at once): the manager's poller and its assemble step
     * may ask for the same one, and a second download would rewrite the staging files under the first one's
     * assembly.
     */
    public void assemble(RunContext run, JobExecution execution, String source, List<Partition> partitions) {
        assembler.exclusively(run, source, () -> assembleAlone(run, execution, source, partitions));
    }

    private void assembleAlone(RunContext run, JobExecution execution, String source, List<Partition> partitions) {
        if (!Files.exists(run.layout().assembledMarker(run.runId(), source))) {
            for (Partition partition : partitions) {
                StepExecution last = repository.getLastStepExecution(execution.getJobInstance(), partition.stepName());
                Dialect recorded = last == null ? null : WorkerListener.recordedDialect(last.getExecutionContext());
                if (recorded != null) {
                    dialects.record(run.runId(), source, recorded);
                }
                staging.download(run.runId(), source, partition.name(),
                        run.layout().stagingFile(run.runId(), source, partition.name()));
            }
            assembler.assemble(run, run.source(source), partitions);
        }
        // Also after a crash between the file and this: the rows are not needed any more.
        staging.delete(run.runId(), source);
    }
}
