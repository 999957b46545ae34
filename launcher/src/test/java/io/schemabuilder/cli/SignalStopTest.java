package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.StopSignal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

class SignalStopTest {

    @Test
    void aSignalWhileTheRunsContextIsClosingPrintsNoStackTraceAndIsStillReceived() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        CountDownLatch askedTwice = new CountDownLatch(2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SignalStop signals = SignalStop.install(new PrintStream(printed, true))) {
            signals.whenRunning(() -> {
                askedTwice.countDown();
                throw new IllegalStateException("HikariDataSource (job-repository) has been closed");
            });

            Signal.raise(new Signal("TERM"));

            assertThat(askedTwice.await(30, TimeUnit.SECONDS)).as("the handler keeps asking").isTrue();
            assertThat(signals.received()).isEqualTo(Optional.of(StopSignal.TERM));
        } finally {
            Thread.sleep(300); // the handler's thread sees close() and ends
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
        assertThat(printed.toString()).startsWith("SIGTERM: stopping after each source's current chunk");
    }
}
