package io.schemabuilder.batch.job;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/** The job's last step: every source complete is written (see {@link CatchUpAssembly}); fails if one is not. */
public class AssembleTasklet implements Tasklet {
    private final RunContexts runs;
    private final CatchUpAssembly catchUp;

    public AssembleTasklet(RunContexts runs, CatchUpAssembly catchUp) {
        this.runs = runs;
        this.catchUp = catchUp;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RunContext run = runs.of(job.getJobParameters());
        List<String> incomplete = catchUp.assembleCompleted(run, job, PartitionPlan.of(run));
        if (!incomplete.isEmpty()) {
            throw new IllegalStateException("sources not complete: " + String.join(", ", incomplete));
        }
        return RepeatStatus.FINISHED;
    }
}
