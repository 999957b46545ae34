package io.schemabuilder.batch.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;

/**
 * Writes the schema.json of every source whose partitions have all completed (in this execution or an earlier one
 * of the same run) and that is not written yet: after a crash between a partition's last commit and its assembly.
 * Workers normally assemble their source themselves; this is the safety net, run by the partitioner of a restart
 * and by the job's last step.
 */
public class CatchUpAssembly {
    private final SourceAssembler assembler;
    private final PartitionStatuses statuses;
    private final RemoteSourceAssembly remote;

    public CatchUpAssembly(SourceAssembler assembler, PartitionStatuses statuses) {
        this(assembler, statuses, null);
    }

    /** @param remote a remote run's manager: sources are written from their staged rows; null in a local run */
    public CatchUpAssembly(SourceAssembler assembler, PartitionStatuses statuses, RemoteSourceAssembly remote) {
        this.assembler = assembler;
        this.statuses = statuses;
        this.remote = remote;
    }

    /** The sources that are not complete yet. */
    public List<String> assembleCompleted(RunContext run, JobExecution execution, PartitionPlan plan) {
        List<String> incomplete = new ArrayList<>();
        for (String source : plan.sources()) {
            List<Partition> partitions = plan.partitionsOf(source);
            if (!partitions.stream().allMatch(p -> statuses.completed(execution, p))) {
                incomplete.add(source);
            } else if (remote != null) {
                remote.assemble(run, execution, source, partitions);
            } else {
                assembler.assemble(run, run.source(source), partitions);
            }
        }
        return incomplete;
    }
}
