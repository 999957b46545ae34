package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.StopSignal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The signal thread's wait for the run to stop, called directly (no signal is raised in the test JVM). */
class SignalStopTest {

    @Test
    void aStopThatFailsWhileTheContextClosesIsAskedAgainNotThrownAsAStackTrace() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SignalStop signals = new SignalStop(new PrintStream(text, true, StandardCharsets.UTF_8));
        AtomicInteger asked = new AtomicInteger();
        signals.whenRunning(() -> {
            if (asked.incrementAndGet() == 1) {
                throw new IllegalStateException("HikariDataSource (job-repository) has been closed");
            }
            return true;
        });

        signals.handle(StopSignal.TERM);

        assertThat(asked).hasValue(2);
        assertThat(signals.received()).contains(StopSignal.TERM);
        assertThat(text.toString(StandardCharsets.UTF_8))
                .isEqualTo("SIGTERM: stopping after each source's current chunk (SIGTERM again exits at once)\n");
    }

    @Test
    void aStopThatKeepsFailingEndsWhenTheSignalsAreGivenBack() throws Exception {
        SignalStop signals = new SignalStop(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        signals.whenRunning(() -> {
            throw new IllegalStateException("closed");
        });
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            signals.close();
        });
        closer.start();

        signals.handle(StopSignal.INT);

        closer.join();
        assertThat(signals.received()).contains(StopSignal.INT);
    }
}
