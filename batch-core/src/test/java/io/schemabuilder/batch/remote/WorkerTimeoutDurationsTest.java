package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The worker timeout's durations: as the failure line says it (as the user wrote it), and the watch's pause between
 * its rounds.
 */
class WorkerTimeoutDurationsTest {

    @Test
    void writesTheDurationAsAPersonWould() {
        assertThat(WorkerTimeout.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(WorkerTimeout.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(WorkerTimeout.format(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(WorkerTimeout.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    }

    @Test
    void aBigGridIsWatchedLessOftenUpToFiveSeconds() {
        assertThat(WorkerTimeout.pause(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(WorkerTimeout.pause(100)).isEqualTo(Duration.ofMillis(500));
        assertThat(WorkerTimeout.pause(400)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WorkerTimeout.pause(5000)).isEqualTo(Duration.ofSeconds(5));
    }
}
