package io.schemabuilder.batch.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's last step, run on every execution (restart included): writes the schema.json of every source whose
 * partitions have all completed and that is not written yet (the workers normally did it already; this catches
 * a crash between a partition's commit and its assembly), and ends FAILED when some source is incomplete, which
 * fails the job.
 */
public class AssembleTasklet implements Tasklet, StepExecutionListener {
    static final String INCOMPLETE = "assemble.incomplete";

    private final RunContexts runs;
    private final SourceAssembler assembler;
    private final PartitionStatuses statuses;

    public AssembleTasklet(RunContexts runs, SourceAssembler assembler, PartitionStatuses statuses) {
        this.runs = runs;
        this.assembler = assembler;
        this.statuses = statuses;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        RunContext run = runs.of(job.getJobParameters());
        PartitionPlan plan = statuses.plan(run);
        List<String> incomplete = new ArrayList<>();
        for (String source : plan.sources()) {
            List<Partition> partitions = plan.partitionsOf(source);
            if (partitions.stream().allMatch(p -> statuses.completed(job, p))) {
                assembler.assemble(run, run.source(source), partitions);
            } else {
                incomplete.add(source);
            }
        }
        step.getExecutionContext().putString(INCOMPLETE, String.join(",", incomplete));
        return RepeatStatus.FINISHED;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String incomplete = step.getExecutionContext().getString(INCOMPLETE, "");
        if (step.getStatus().isUnsuccessful() || incomplete.isEmpty()) {
            return step.getExitStatus();
        }
        return new ExitStatus(ExitStatus.FAILED.getExitCode(), "sources not written: " + incomplete);
    }
}
