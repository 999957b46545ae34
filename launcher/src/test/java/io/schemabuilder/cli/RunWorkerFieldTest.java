package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code history} and {@code show} (text and --json) name the worker that read each source of a remote run; a local
 * run's output stays as it was, without the field.
 */
class RunWorkerFieldTest {
    private static final Instant START = Instant.parse("2025-01-15T02:30:00Z");

    private static RunRecord run(String worker) {
        return new RunRecord(7, 6, "20250115T023000Z-ab12cd", "/etc/sb/sources.yml", "/var/lib/sb", "COMPLETED", 0,
                START, START.plusSeconds(2), Duration.ofSeconds(2), List.of(
                new SourceRun("shop", "COMPLETED", 1, 10, 10, Duration.ofMillis(200), null, 7, worker)));
    }

    @Test
    void aRemoteRunNamesItsWorkerInEveryForm() {
        RunRecord remote = run("dmz-host:4242");
        SourceRun shop = remote.sources().get(0);

        assertThat(ShowCommand.sourceLine(remote, shop))
                .isEqualTo("    shop                 COMPLETED  read 10, written 10, 0.2 s, worker dmz-host:4242");
        assertThat(HistoryCommand.sources(remote.sources())).isEqualTo("shop=completed@dmz-host:4242");
        assertThat(source(remote)).containsEntry("worker", "dmz-host:4242");
        assertThat(RunJson.of(remote)).contains("\"worker\": \"dmz-host:4242\"");
    }

    @Test
    void aLocalRunHasNoWorkerField() {
        RunRecord local = run(null);

        assertThat(ShowCommand.sourceLine(local, local.sources().get(0)))
                .isEqualTo("    shop                 COMPLETED  read 10, written 10, 0.2 s");
        assertThat(HistoryCommand.sources(local.sources())).isEqualTo("shop=completed");
        assertThat(source(local)).doesNotContainKey("worker");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(RunRecord run) {
        return ((List<Map<String, Object>>) RunJson.run(run).get("sources")).get(0);
    }
}
