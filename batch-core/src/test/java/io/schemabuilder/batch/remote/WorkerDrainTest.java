package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** SIGTERM on a worker: no new partition, and each running one stops right after its current chunk's commit. */
class WorkerDrainTest {

    @Test
    void anIdleWorkerDrainsAtOnce() throws Exception {
        assertThat(CompletableFuture.supplyAsync(this::drained).get(5, TimeUnit.SECONDS)).isZero();
    }

    private int drained() {
        try {
            return new WorkerDrain().drain();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRunningPartitionStopsOnlyOnceItsCurrentChunkHasCommitted() throws Exception {
        WorkerDrain drain = new WorkerDrain();
        CountDownLatch inChunk = new CountDownLatch(1);
        CountDownLatch signalled = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        Thread partition = new Thread(() -> {
            drain.enter();
            TransactionSynchronizationManager.initSynchronization();
            inChunk.countDown();
            await(signalled);
            drain.afterChunk(new Chunk<>());   // still in the chunk's transaction: nothing stops yet
            committed.countDown();
            TransactionSynchronizationUtils.triggerAfterCommit(); // the commit: here the thread stays for good
            throw new AssertionError("a drained partition must never return (its request stays unacknowledged)");
        });
        partition.setDaemon(true);
        partition.start();
        inChunk.await(5, TimeUnit.SECONDS);

        CompletableFuture<Integer> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return drain.drain();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(drained).as("the chunk has not committed yet").isNotDone();
        assertThat(drain.draining()).isTrue();
        signalled.countDown();

        assertThat(drained.get(5, TimeUnit.SECONDS)).as("partitions left to another worker").isEqualTo(1);
        assertThat(committed.getCount()).isZero();
        assertThat(partition.isAlive()).isTrue();
        assertThat(drain.active()).isZero();
    }

    @Test
    void aRequestArrivingWhileDrainingIsNeverStarted() throws Exception {
        WorkerDrain drain = new WorkerDrain();
        CompletableFuture.runAsync(() -> {
            try {
                drain.drain();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
        CountDownLatch started = new CountDownLatch(1);
        Thread late = new Thread(() -> {
            drain.enter();
            started.countDown();
        });
        late.setDaemon(true);
        late.start();
        assertThat(started.await(500, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(late.isAlive()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
