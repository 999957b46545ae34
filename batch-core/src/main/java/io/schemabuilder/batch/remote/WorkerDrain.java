package io.schemabuilder.batch.remote;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How a worker ends on SIGTERM/SIGINT without losing or repeating work: it takes no new request, each partition in
 * progress goes on until its current chunk has committed and then waits here, and once every partition thread
 * waits (or none runs) the caller closes the broker connection and exits. Its requests were never acknowledged, so
 * the broker gives them to another worker of the zone, which resumes each partition after its last commit (the
 * step executions stay STARTED: nothing marks them stopped).
 */
public class WorkerDrain implements ChunkListener<Object, Object> {
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Object lock = new Object();
    private int active;
    private int parked;

    /** A request starts being handled; it waits here for good when the worker is draining already. */
    public void enter() {
        synchronized (lock) {
            if (!draining.get()) {
                active++;
                return;
            }
            parked++;
            active++;
            lock.notifyAll();
        }
        parkForever();
    }

    /** A request's handling ended (its step returned). */
    public void exit() {
        synchronized (lock) {
            active--;
            lock.notifyAll();
        }
    }

    public boolean draining() {
        return draining.get();
    }

    /** How many partitions are being read now. */
    public int active() {
        synchronized (lock) {
            return active - parked;
        }
    }

    /**
     * Stops taking requests and returns once every partition in progress has committed its current chunk (or
     * ended). Returns the number of partitions left unfinished, for another worker to take over.
     */
    public int drain() throws InterruptedException {
        draining.set(true);
        synchronized (lock) {
            while (parked < active) {
                lock.wait(100);
            }
            return parked;
        }
    }

    /** Inside the chunk's transaction: when draining, the thread waits as soon as the chunk has committed. */
    @Override
    public void afterChunk(Chunk<Object> chunk) {
        if (draining.get() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    park();
                }
            });
        }
    }

    private void park() {
        synchronized (lock) {
            parked++;
            lock.notifyAll();
        }
        parkForever();
    }

    private static void parkForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Only the process's end releases a parked partition: its request must stay unacknowledged.
            }
        }
    }
}
