package io.schemabuilder.batch.remote;

import io.schemabuilder.batch.job.Partition;
import io.schemabuilder.batch.job.PartitionFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's watch over its partitions while they run remotely, every {@link #POLL}: reports progress (the
 * {@code progress} callback, given the run as the repository holds it: start, done and failure lines, assembly of
 * completed sources), and fails the unfinished partitions of a zone whose queue has had no consumer for the worker
 * timeout, with {@code source X: unavailable: no worker of zone Z took it within 5m}. A zone whose workers are
 * alive but busy has consumers, so its partitions just wait. A failed partition is restarted later by
 * {@code restart}; its request, still queued, is then dropped by the worker that reads it (the step execution is no
 * longer running).
 */
public class WorkerTimeout {
    /**
     * Short, because each round also writes the sources that completed since the last ({@code progress}): the
     * sooner a source is seen complete, the sooner its file is written. A round loads the run's step executions
     * (one per source in a remote run) and asks the broker for each waiting zone's consumers, so a big grid waits
     * longer between rounds ({@link #pause}).
     */
    static final Duration POLL = Duration.ofMillis(500);
    /** The longest wait between rounds, however many partitions. */
    static final Duration MAX_POLL = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(WorkerTimeout.class);

    private final JobRepository repository;
    private final PartitionQueues queues;
    private final Duration timeout;
    private final Consumer<JobExecution> progress;
    private final Clock clock;

    public WorkerTimeout(JobRepository repository, PartitionQueues queues, Duration timeout,
                         Consumer<JobExecution> progress) {
        this(repository, queues, timeout, progress, Clock.systemUTC());
    }

    WorkerTimeout(JobRepository repository, PartitionQueues queues, Duration timeout,
                  Consumer<JobExecution> progress, Clock clock) {
        this.repository = repository;
        this.queues = queues;
        this.timeout = timeout;
        this.progress = progress;
        this.clock = clock;
    }

    /** Watches the run's partitions in a thread of its own until closed. */
    public Watch watch(JobExecution managerExecution) {
        Watch watch = unstarted(managerExecution);
        Thread thread = new Thread(watch::loop, "worker-timeout");
        thread.setDaemon(true);
        watch.thread = thread;
        thread.start();
        return watch;
    }

    /** A watch whose rounds the caller runs ({@link Watch#check()}): for the test. */
    Watch unstarted(JobExecution managerExecution) {
        return new Watch(managerExecution);
    }

    /** One run's watch. */
    public final class Watch implements AutoCloseable {
        private final JobExecution execution;
        private final Instant started = clock.instant();
        /** Per zone: since when its queue has had no consumer (absent while it has one). */
        private final Map<String, Instant> unservedSince = new HashMap<>();
        /** Zones seen with a consumer: a wait of theirs starts when the last one went, not at the watch's start. */
        private final Set<String> served = new HashSet<>();
        private volatile boolean closed;
        private Thread thread;
        /** How many partitions the last round saw. */
        private int partitions;

        private Watch(JobExecution execution) {
            this.execution = execution;
        }

        private void loop() {
            while (!closed) {
                try {
                    check();
                } catch (RuntimeException e) {
                    // The repository or the broker is briefly unreachable: the next round tries again.
                    log.warn("worker timeout check failed: {}", e.toString());
                }
                synchronized (this) {
                    if (!closed) {
                        try {
                            wait(pause(partitions).toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }
        }

        /** One round; package-private for the test. */
        void check() {
            JobExecution stored = repository.getJobExecution(execution.getId());
            if (stored == null) {
                return;
            }
            // One read of the run per round, for both: it loads every partition's step execution and context.
            progress.accept(stored);
            List<StepExecution> steps = stored.getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(Partition.WORKER_STEP + ":")).toList();
            partitions = steps.size();
            Map<String, List<StepExecution>> waiting = steps.stream()
                    .filter(s -> s.getStatus().isRunning())
                    .collect(Collectors.groupingBy(s -> Partition.zoneOf(s.getExecutionContext())));
            Instant now = clock.instant();
            unservedSince.keySet().retainAll(waiting.keySet());
            for (Map.Entry<String, List<StepExecution>> zone : waiting.entrySet()) {
                OptionalInt consumers = queues.consumers(zone.getKey());
                if (consumers.isPresent() && consumers.getAsInt() > 0) {
                    unservedSince.remove(zone.getKey());
                    served.add(zone.getKey());
                    continue;
                }
                Instant since = unservedSince.computeIfAbsent(zone.getKey(),
                        z -> served.contains(z) || started.isAfter(now) ? now : started);
                if (!Duration.between(since, now).minus(timeout).isNegative()) {
                    zone.getValue().forEach(step -> fail(step, zone.getKey()));
                    unservedSince.remove(zone.getKey());
                }
            }
        }

        private void fail(StepExecution step, String zone) {
            String line = "source " + step.getExecutionContext().getString("source") + ": unavailable: no worker of zone "
                    + zone + " took it within " + format(timeout);
            try {
                PartitionFailure.mark(repository, step, line);
            } catch (OptimisticLockingFailureException e) {
                // A worker took it at this very moment: it runs.
                log.info("partition {} was taken by a worker as it timed out; left to it", step.getStepName());
            }
        }

        /**
         * Ends the watch once its current round is over. Never by interrupting it: a round may be writing a source's
         * schema.json (ManagerProgress assembles), and an interrupt would close its file channel midway.
         */
        @Override
        public void close() {
            synchronized (this) {
                closed = true;
                notifyAll();
            }
            if (thread != null && thread != Thread.currentThread()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The wait between two rounds: {@link #POLL} up to 100 partitions, then 5 ms more per partition (a round reads
     * them all), at most {@link #MAX_POLL}.
     */
    static Duration pause(int partitions) {
        Duration pause = Duration.ofMillis(Math.max(POLL.toMillis(), 5L * partitions));
        return pause.compareTo(MAX_POLL) > 0 ? MAX_POLL : pause;
    }

    /** 5m, 90s, 1h30m: as a person writes it. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int millis = duration.toMillisPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0) {
            text.append(seconds).append('s');
        }
        if (millis > 0) {
            text.append(millis).append("ms");
        }
        return text.toString();
    }
}
