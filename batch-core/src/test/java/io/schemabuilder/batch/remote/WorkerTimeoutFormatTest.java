package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The timeout as the failure line says it: as the user wrote it. */
class WorkerTimeoutFormatTest {

    @Test
    void writesTheDurationAsAPersonWould() {
        assertThat(WorkerTimeout.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(WorkerTimeout.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(WorkerTimeout.format(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(WorkerTimeout.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    }
}
