package io.schemabuilder.batch.remote;

import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;

/**
 * The broker's side of the partitions: one durable direct exchange, and per zone one durable queue bound to it with
 * the zone as routing key. Both the manager (before it sends a zone's first request: a request to a zone whose
 * queue does not exist yet would be dropped by the exchange) and the workers (before they consume) declare them;
 * declaring is idempotent.
 */
public class PartitionQueues {
    public static final String EXCHANGE = "schema-builder.partitions";

    private final AmqpAdmin admin;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();

    public PartitionQueues(AmqpAdmin admin) {
        this.admin = admin;
    }

    public static String queueName(String zone) {
        return EXCHANGE + "." + zone;
    }

    /** Declares the exchange, the zone's queue and its binding (once per process and zone). */
    public void declare(String zone) {
        if (declared.contains(zone)) {
            return;
        }
        DirectExchange exchange = new DirectExchange(EXCHANGE, true, false);
        Queue queue = new Queue(queueName(zone), true, false, false);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        Binding binding = BindingBuilder.bind(queue).to(exchange).with(zone);
        admin.declareBinding(binding);
        declared.add(zone);
    }

    /** How many consumers (worker threads) the zone's queue has now; empty when the queue does not exist. */
    public OptionalInt consumers(String zone) {
        QueueInformation info = admin.getQueueInfo(queueName(zone));
        return info == null ? OptionalInt.empty() : OptionalInt.of(info.getConsumerCount());
    }
}
