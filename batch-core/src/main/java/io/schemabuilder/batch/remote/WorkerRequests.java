package io.schemabuilder.batch.remote;

import io.schemabuilder.batch.job.JobParameterNames;
import java.util.Optional;
import org.slf4j.Logger;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.messaging.Message;

/**
 * A worker's handling of one partition request: requests that must not run are dropped (acknowledged unread),
 * the others run the {@code worker} step through Spring Batch's {@link StepExecutionRequestHandler}. Dropped: a
 * step execution missing from the repository, not running (completed, failed, stopped: a stale request left in
 * the queue by an earlier execution, e.g. before a restart), of a job execution that is not running, or of another
 * run than the request's header says (another repository sharing the broker). A STARTED one is run: that is a
 * takeover of a partition whose worker died; it resumes after the last committed chunk.
 */
public class WorkerRequests {
    private static final Logger log = LoggerFactory.getLogger(WorkerRequests.class);
    static final java.time.Duration REQUEUE_PAUSE = java.time.Duration.ofSeconds(5);

    private final JobRepository repository;
    private final StepExecutionRequestHandler handler;
    private final WorkerDrain drain;
    private final java.util.function.Consumer<String> console;

    public WorkerRequests(JobRepository repository, StepExecutionRequestHandler handler, WorkerDrain drain,
                          java.util.function.Consumer<String> console) {
        this.repository = repository;
        this.handler = handler;
        this.drain = drain;
        this.console = console;
    }

    public void handle(Message<?> message) {
        drain.enter();
        try {
            if (!(message.getPayload() instanceof StepExecutionRequest request)) {
                log.warn("dropped a message that is not a partition request: {}", message.getPayload());
                return;
            }
            String runId = (String) message.getHeaders().get(PartitionRequests.RUN_ID_HEADER);
            StepExecution step = stepExecution(request);
            Optional<String> refused = refusal(step, runId);
            if (refused.isPresent()) {
                console.accept("request for " + (step == null ? request.getStepName() : step.getStepName())
                        + " (step execution " + request.getStepExecutionId() + ") dropped: " + refused.get());
                return;
            }
            handler.handle(request);
        } finally {
            drain.exit();
        }
    }

    /**
     * The request's step execution, read from the repository. When the repository cannot be read, the request goes
     * back to the queue after a pause (and not to the floor, as a refused request does): its partition would
     * otherwise stay STARTING, and the manager would wait for it while the zone has a worker.
     */
    private StepExecution stepExecution(StepExecutionRequest request) {
        try {
            return repository.getStepExecution(request.getStepExecutionId());
        } catch (RuntimeException e) {
            console.accept("request for step execution " + request.getStepExecutionId() + ": the job repository"
                    + " cannot be read (" + e.getMessage() + "); the request goes back to the queue in "
                    + REQUEUE_PAUSE.toSeconds() + " s");
            try {
                Thread.sleep(REQUEUE_PAUSE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new ImmediateRequeueAmqpException("job repository unreachable", e);
        }
    }

    /** Why the request for {@code step} (null: not in the repository) must not run, if it must not. */
    static Optional<String> refusal(StepExecution step, String runId) {
        if (step == null) {
            return Optional.of("no such step execution in the job repository");
        }
        if (!step.getStatus().isRunning()) {
            return Optional.of("it is " + step.getStatus() + " (a stale request)");
        }
        JobExecution job = step.getJobExecution();
        if (!job.getStatus().isRunning()) {
            return Optional.of("its run " + job.getId() + " is " + job.getStatus());
        }
        String stepRunId = job.getJobParameters().getString(JobParameterNames.RUN_ID);
        if (runId == null || !runId.equals(stepRunId)) {
            return Optional.of("it belongs to another run (" + runId + ", not " + stepRunId
                    + "): another job repository shares this broker");
        }
        return Optional.empty();
    }
}
