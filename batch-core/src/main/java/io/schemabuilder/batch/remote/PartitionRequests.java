package io.schemabuilder.batch.remote;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.Partition;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;

/**
 * What travels with a partition request besides the {@link StepExecutionRequest} (step name and step execution id,
 * nothing else): the zone it is routed by, and the run id by which a worker recognises a request of another run
 * (a stale one, or one from another repository sharing the broker). Neither is a secret.
 */
public final class PartitionRequests {
    /** The run id (job parameter {@code run.id}) of the request's run. */
    public static final String RUN_ID_HEADER = "schema-builder-run-id";
    /** The partition's zone: the routing key, also sent for whoever reads the queue. */
    public static final String ZONE_HEADER = "schema-builder-zone";

    private PartitionRequests() {
    }

    /** The headers of an outgoing request: its step execution, read back from the repository, gives both. */
    static Map<String, Object> headers(Message<?> message, JobRepository repository, PartitionQueues queues) {
        StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
        StepExecution step = repository.getStepExecution(request.getStepExecutionId());
        if (step == null) {
            throw new IllegalStateException("partition step execution " + request.getStepExecutionId()
                    + " is not in the job repository");
        }
        String zone = Partition.zoneOf(step.getExecutionContext());
        queues.declare(zone);
        return Map.of(ZONE_HEADER, zone,
                RUN_ID_HEADER, step.getJobExecution().getJobParameters().getString(JobParameterNames.RUN_ID));
    }
}
