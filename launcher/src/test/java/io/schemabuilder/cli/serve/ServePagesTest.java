package io.schemabuilder.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.cli.Serve;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as rendered from run records: what the HTTP test's finished runs cannot show (a run in progress). */
class ServePagesTest {
    private static final Instant START = Instant.parse("2025-01-15T02:30:00Z");

    private static RunRecord running() {
        return new RunRecord(9, 8, "20250115T023000Z-ab12cd", "/etc/sb/nightly sources.yml", "/var/lib/sb", "STARTED",
                null, START, null, null, List.of(
                new SourceRun("warehouse", "STARTED", 4, 12_345, 12_000, Duration.ofSeconds(40), null, 9),
                new SourceRun("shop", "COMPLETED", 1, 10, 10, Duration.ofMillis(200), null, 9)));
    }

    @Test
    void aRunInProgressRefreshesItselfAndShowsTablesReadSoFar() {
        String runs = RunsPage.render(List.of(running()), 0, false, START.plusSeconds(75));
        String run = RunPage.render(running(), List.of("shop"), null, START.plusSeconds(75));

        assertThat(runs).contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains(">warehouse <small>12,345 tables read</small>")
                .contains("1 min 15 s so far").contains(">live<");
        assertThat(run).contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("<dt>End (UTC)</dt><dd>running</dd>")
                .contains("<td class=\"n\">12,345</td>")
                .doesNotContain("restart-command");
    }

    @Test
    void theRestartCommandQuotesWhatTheShellWouldSplit() {
        RunRecord failed = new RunRecord(9, 8, "r", "/etc/sb/it's nightly.yml", "/var/lib/sb", "FAILED", 1, START,
                START.plusSeconds(3), Duration.ofSeconds(3), List.of());

        assertThat(RunPage.restartCommand(failed, null))
                .isEqualTo("schema-builder restart 9 --config '/etc/sb/it'\\''s nightly.yml' --output-dir /var/lib/sb");
        assertThat(RunPage.restartCommand(failed, "jdbc:postgresql://db:5432/batch"))
                .endsWith(" --repository-url jdbc:postgresql://db:5432/batch");
    }

    @Test
    void theRestartCommandKeepsTheRepositoryUrlButItsPassword(@TempDir Path dir) {
        Routes routes = Serve.routes(new RunLayout(dir), "jdbc:postgresql://db:5432/batch?currentSchema=nightly"
                + "&password=secret&user=etl");

        assertThat(routes.restartRepositoryUrl()).isEqualTo("jdbc:postgresql://db:5432/batch?currentSchema=nightly&user=etl");
    }

    @Test
    void aFailureLineIsSplitIntoCategoryAndCause() {
        assertThat(Failure.of("wh", "source wh: connect: cannot connect to 10.0.0.9:5432: refused"))
                .isEqualTo(new Failure("connect", "cannot connect to 10.0.0.9:5432: refused"));
        assertThat(Failure.of("wh", "failed without a recorded cause")).isEqualTo(new Failure(null,
                "failed without a recorded cause"));
    }

    @Test
    void aFolderWithoutRunsShowsNoneAndGetsNoRepositoryFile(@TempDir Path dir) {
        Routes routes = Serve.routes(new RunLayout(dir.resolve("out")), null);

        Response runs = routes.handle("GET", "/", null);
        Response sources = routes.handle("GET", "/sources", null);

        assertThat(runs.status()).isEqualTo(200);
        assertThat(new String(runs.body(), StandardCharsets.UTF_8)).contains("No runs recorded yet");
        assertThat(new String(sources.body(), StandardCharsets.UTF_8)).contains("No source has been read");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreachableRepositoryIsA503WithOneLine(@TempDir Path dir) {
        Routes routes = Serve.routes(new RunLayout(dir), "jdbc:postgresql://127.0.0.1:1/none?password=secret");

        Response page = routes.handle("GET", "/", null);
        Response api = routes.handle("GET", "/api/runs", null);

        assertThat(page.status()).isEqualTo(503);
        assertThat(new String(page.body(), StandardCharsets.UTF_8))
                .contains("job repository jdbc:postgresql://127.0.0.1:1/none is unreachable: ")
                .doesNotContain("secret");
        assertThat(api.status()).isEqualTo(503);
        assertThat(new String(api.body(), StandardCharsets.UTF_8)).contains("\"error\": \"job repository ");
    }

    @Test
    void everyValueIsEscapedForTextAndAttributes() {
        assertThat(Html.escape("<img src=x onerror=\"alert('1')\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
    }
}
