package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void aDatabaseSourceSaysTablesReadTheirRateAndTheElapsedWholeSeconds() {
        assertThat(ProgressLine.of("perf", 41_500, Duration.ofMillis(15_400), -1, -1))
                .isEqualTo("source perf: 41,500 tables read, 2,695/s, 15 s");
    }

    @Test
    void oneTableIsSingularAndNoTimeYetIsNoDivisionByZero() {
        assertThat(ProgressLine.of("one", 1, Duration.ZERO, -1, -1)).isEqualTo("source one: 1 table read, 1,000/s, 0 s");
        assertThat(ProgressLine.of("none", 0, Duration.ZERO, -1, -1)).isEqualTo("source none: 0 tables read, 0/s, 0 s");
    }

    @Test
    void aFileSourceAddsItsBytesDoneOfTheTotalInDecimalUnits() {
        assertThat(ProgressLine.of("logs", 2, Duration.ofSeconds(8), 412_000_000, 1_000_000_000))
                .isEqualTo("source logs: 2 tables read, 0/s, 412.0 MB of 1.0 GB (41%), 8 s");
        assertThat(ProgressLine.of("empty", 0, Duration.ofSeconds(1), 0, 0))
                .isEqualTo("source empty: 0 tables read, 0/s, 0 B of 0 B, 1 s");
    }

    @Test
    void bytesRoundUpToTheNextUnitRatherThanPrintA1000() {
        assertThat(ProgressLine.bytes(999)).isEqualTo("999 B");
        assertThat(ProgressLine.bytes(1_500)).isEqualTo("1.5 kB");
        assertThat(ProgressLine.bytes(999_960)).isEqualTo("1.0 MB");
        assertThat(ProgressLine.bytes(3_200_000_000_000L)).isEqualTo("3.2 TB");
    }
}
