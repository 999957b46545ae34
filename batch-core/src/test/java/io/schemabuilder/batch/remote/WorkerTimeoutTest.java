package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.Partition;
import io.schemabuilder.batch.job.WorkerListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/** The manager's worker timeout: a zone without any consumer for that long fails its waiting partitions alone. */
class WorkerTimeoutTest {
    private final Map<String, Integer> consumers = new HashMap<>();
    private final List<JobExecution> polled = new ArrayList<>();
    private final JobRepository repository = mock(JobRepository.class);
    private final MutableClock clock = new MutableClock();
    private JobExecution job;
    private StepExecution shop;
    private StepExecution wh;

    @BeforeEach
    void run() {
        job = new JobExecution(5, new JobInstance(1, JobParameterNames.JOB_NAME), new JobParameters());
        job.setStatus(BatchStatus.STARTED);
        shop = partition("shop", "default", BatchStatus.STARTED);
        wh = partition("wh", "b", BatchStatus.STARTING);
        when(repository.getJobExecution(5L)).thenReturn(job);
    }

    @Test
    void aZoneWithNoConsumerForTheTimeoutFailsItsPartitionsWithTheLine_andAServedZoneWaits() {
        consumers.put("default", 2);
        consumers.put("b", 0);
        // The watch holds the execution the job started with; each round reads the run's current one.
        WorkerTimeout.Watch watch = timeout(Duration.ofMinutes(5))
                .unstarted(new JobExecution(5, job.getJobInstance(), job.getJobParameters()));

        watch.check();
        clock.advance(Duration.ofMinutes(4));
        watch.check();
        assertThat(wh.getStatus()).isEqualTo(BatchStatus.STARTING);
        clock.advance(Duration.ofMinutes(1));
        watch.check();

        assertThat(wh.getStatus()).isEqualTo(BatchStatus.FAILED);
        String line = "source wh: unavailable: no worker of zone b took it within 5m";
        assertThat(wh.getExitStatus().getExitDescription()).isEqualTo(line);
        assertThat(wh.getExecutionContext().getString(WorkerListener.FAILURE_MESSAGE)).isEqualTo(line);
        assertThat(shop.getStatus()).as("its zone has workers, busy or not").isEqualTo(BatchStatus.STARTED);
        assertThat(polled).as("the progress is reported at each round").hasSize(3);
        assertThat(polled).as("given the round's one read of the run, not made to read it again")
                .allSatisfy(execution -> assertThat(execution).isSameAs(job));
        verify(repository, times(3)).getJobExecution(5L);
    }

    @Test
    void aConsumerSeenMeanwhileStartsTheWaitAgain() {
        consumers.put("b", 0);
        WorkerTimeout.Watch watch = timeout(Duration.ofMinutes(5)).unstarted(job);
        clock.advance(Duration.ofMinutes(4));
        consumers.put("b", 1);
        watch.check();
        consumers.put("b", 0); // its worker went: the wait starts again from the first round that sees it
        watch.check();
        clock.advance(Duration.ofMinutes(4));
        watch.check();
        assertThat(wh.getStatus()).isEqualTo(BatchStatus.STARTING);
        clock.advance(Duration.ofMinutes(1));
        watch.check();
        assertThat(wh.getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void aPartitionAWorkerTakesAsItTimesOutIsLeftToIt() {
        consumers.put("default", 0);
        consumers.put("b", 1);
        doThrow(new OptimisticLockingFailureException("taken")).when(repository).update(any(StepExecution.class));
        WorkerTimeout.Watch watch = timeout(Duration.ofSeconds(3)).unstarted(job);
        clock.advance(Duration.ofSeconds(3));
        watch.check(); // no exception: the worker's run goes on
        assertThat(wh.getStatus()).isEqualTo(BatchStatus.STARTING);
    }

    @Test
    void closingWaitsForTheRoundInProgressWithoutInterruptingIt_whichMayBeWritingASchemaFile() throws Exception {
        java.util.concurrent.CountDownLatch inRound = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        WorkerTimeout slow = new WorkerTimeout(repository, new PartitionQueues(mock(AmqpAdmin.class)) {
            @Override
            public OptionalInt consumers(String zone) {
                return OptionalInt.of(1);
            }
        }, Duration.ofMinutes(5), execution -> {
            inRound.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
        }, clock);
        WorkerTimeout.Watch watch = slow.watch(job);
        inRound.await(5, java.util.concurrent.TimeUnit.SECONDS);
        watch.close();
        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
    }

    private WorkerTimeout timeout(Duration timeout) {
        PartitionQueues queues = new PartitionQueues(mock(AmqpAdmin.class)) {
            @Override
            public OptionalInt consumers(String zone) {
                return consumers.containsKey(zone) ? OptionalInt.of(consumers.get(zone)) : OptionalInt.empty();
            }
        };
        return new WorkerTimeout(repository, queues, timeout, polled::add, clock);
    }

    private StepExecution partition(String source, String zone, BatchStatus status) {
        StepExecution step = new StepExecution(job.getStepExecutions().size() + 10, Partition.WORKER_STEP + ":" + source,
                job);
        step.setStatus(status);
        step.getExecutionContext().putString("source", source);
        step.getExecutionContext().putString(Partition.ZONE, zone);
        job.addStepExecution(step);
        return step;
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T02:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
