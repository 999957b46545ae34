package io.schemabuilder.cli;

import io.schemabuilder.batch.history.StopSignal;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What SIGTERM (a scheduler's timeout) and SIGINT (Ctrl-C) do while {@code run} or {@code restart} holds the output
 * dir. The first one stops the run as {@code stop} does: each partition ends after its current chunk, the run ends
 * STOPPED (restartable), and the process exits with the signal's code (143, 130). A second one exits at once with
 * {@link Runtime#halt}, as {@code kill -9} would: the next command of this output dir recovers the run.
 * <p>
 * Without these handlers the JVM would exit at once on the first signal and leave the run STARTED.
 */
final class SignalStop implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private final PrintStream out;
    private final Map<StopSignal, SignalHandler> previous = new EnumMap<>(StopSignal.class);
    private final AtomicReference<StopSignal> received = new AtomicReference<>();
    private volatile BooleanSupplier stopRun;
    private volatile boolean closed;

    /** One that takes over no signal (install() does that); tests call {@link #handle} themselves. */
    SignalStop(PrintStream out) {
        this.out = out;
    }

    /** Takes over SIGTERM and SIGINT until {@link #close()}. */
    static SignalStop install(PrintStream out) {
        SignalStop stop = new SignalStop(out);
        for (StopSignal signal : StopSignal.values()) {
            try {
                stop.previous.put(signal, Signal.handle(new Signal(signal.name()), s -> stop.handle(signal)));
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (-Xrs, or a platform without it): its default stays.
            }
        }
        return stop;
    }

    /**
     * From now on a signal stops the run through {@code stopRun}, which asks the running execution to stop and says
     * whether there was one. The execution exists a moment after the launch begins: until then it is asked again
     * every {@value #POLL_MILLIS} ms.
     */
    void whenRunning(BooleanSupplier stopRun) {
        this.stopRun = stopRun;
    }

    /** The first signal received, if any. */
    Optional<StopSignal> received() {
        return Optional.ofNullable(received.get());
    }

    /** Package-private for the test: the JVM calls it in a thread of its own per signal. */
    void handle(StopSignal signal) {
        if (!received.compareAndSet(null, signal)) {
            say(signal.label() + " again: exiting now; the next command in this output dir recovers the run");
            Runtime.getRuntime().halt(signal.exitCode());
        }
        say(signal.label() + ": stopping after each source's current chunk (" + signal.label()
                + " again exits at once)");
        // This runs in a thread of its own (the JVM starts one per signal): it may wait for the execution to exist.
        while (!closed) {
            BooleanSupplier stop = stopRun;
            try {
                if (stop != null && stop.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // The context is closing under this thread (the run ended, or a signal came before it started:
                // "Could not open JDBC Connection", its pool closed), or the repository was busy: ask again until
                // close(). Thrown out of here it would print a stack trace under the run's last line.
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Gives the signals back to the JVM's defaults (a signal after this exits at once). */
    @Override
    public void close() {
        closed = true;
        previous.forEach((signal, handler) -> Signal.handle(new Signal(signal.name()), handler));
    }
}
