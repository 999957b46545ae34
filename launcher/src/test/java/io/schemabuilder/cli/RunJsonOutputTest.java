package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.output.JsonStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** run --json and restart --json: the document's shape (golden files), alone on stdout; --quiet. */
class RunJsonOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/run-json");

    @TempDir
    Path dir;

    private Path config() throws Exception {
        Files.createDirectories(dir.resolve("good"));
        Files.writeString(dir.resolve("good/a.csv"), "id,name\n1,x\n");
        Files.writeString(dir.resolve("good/b.csv"), "id,amount,day\n1,2.5,2025-01-01\n");
        return Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: good
                    type: csv
                    path: good
                  - name: late
                    type: csv
                    path: late
                """);
    }

    @Test
    void aFailedRunThenItsRestartPrintOneDocumentEachOnStdoutAndTheTextOnStderr() throws Exception {
        Path config = config();

        Cli.Result failed = Cli.run("run", "--json", "--config", config.toString(), "--output-dir", out());
        Files.createDirectories(dir.resolve("late"));
        Files.writeString(dir.resolve("late/c.csv"), "code\nA\n");
        Cli.Result restart = Cli.run("restart", "--json", "--config", config.toString(), "--output-dir", out());

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.SOURCES_FAILED);
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertGolden(failed.out(), "failed-run.json");
        assertGolden(restart.out(), "restart.json");
        assertThat(failed.err()).contains("source good: started (csv)", "run 1 FAILED", "source late: not_found:");
        assertThat(restart.err()).contains("restarting run 1", "run 2 COMPLETED");
    }

    @Test
    void quietPrintsOnlyTheFailureAndTheSummary() throws Exception {
        Cli.Result quiet = Cli.run("run", "--quiet", "--config", config().toString(), "--output-dir", out());

        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
        assertThat(quiet.out().lines().filter(line -> line.startsWith("source ")))
                .singleElement().asString().startsWith("source late: not_found:");
        assertThat(quiet.out()).contains("run 1 FAILED").doesNotContain("started").doesNotContain("done:");
    }

    @Test
    void aWrongProgressModeIsAUsageError() {
        Cli.Result wrong = Cli.run("run", "--progress", "fancy", "--config", "x.yml");

        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("expected tty, plain or off, got 'fancy'");
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    /** {@code -Dgolden.update=true} rewrites the golden file instead (then review its diff). */
    private void assertGolden(String stdout, String golden) throws Exception {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN.resolve(golden), normalized(stdout));
        }
        assertThat(normalized(stdout)).isEqualTo(Files.readString(GOLDEN.resolve(golden)));
    }

    /** The document with its times, run id and this test's folder replaced by placeholders. */
    private String normalized(String stdout) {
        JsonNode document = JSON.readTree(stdout.replace(dir.toString(), "<dir>"));
        ObjectNode run = (ObjectNode) document;
        run.put("run_id", "<run-id>");
        run.put("start", "<time>");
        run.put("end", "<time>");
        run.put("duration_seconds", "<seconds>");
        for (JsonNode source : run.get("sources")) {
            ((ObjectNode) source).put("duration_seconds", "<seconds>");
        }
        return JsonStyle.writer().writeValueAsString(document) + "\n";
    }
}
