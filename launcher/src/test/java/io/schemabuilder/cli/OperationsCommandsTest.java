package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** purge, abandon and stop against a real (embedded) job repository, run in this JVM. */
class OperationsCommandsTest {
    @TempDir
    Path dir;

    private Path csvConfig() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "id,name\n1,x\n");
        return Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: data
                """);
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void purgeDeletesRunsOlderThanTheAgeAndDryRunOnlyLists() throws Exception {
        Path config = csvConfig();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", out()).exitCode()).isZero();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", out()).exitCode()).isZero();

        Cli.Result young = Cli.run("purge", "--older-than", "1d", "--output-dir", out());
        Cli.Result dry = Cli.run("purge", "--older-than", "0m", "--dry-run", "--output-dir", out());
        assertThat(Cli.run("history", "--json", "--output-dir", out()).out()).contains("\"id\": 2").contains("\"id\": 1");
        Cli.Result purge = Cli.run("purge", "--older-than", "0m", "--output-dir", out());

        assertThat(young.out()).contains("deleted 0 run(s) older than 1d");
        assertThat(dry.out()).contains("would delete 2 run(s)");
        assertThat(purge.out()).contains("deleted 2 run(s)");
        assertThat(Cli.run("history", "--json", "--output-dir", out()).out().strip()).isEqualTo("[]");
    }

    @Test
    void anAbandonedRunCannotBeRestartedAndAFinishedRunCannotBeStopped() throws Exception {
        Path config = Files.writeString(dir.resolve("broken.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: missing-folder
                """);
        Cli.Result failed = Cli.run("run", "--config", config.toString(), "--output-dir", out());
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);

        Cli.Result stop = Cli.run("stop", "1", "--output-dir", out());
        Cli.Result abandon = Cli.run("abandon", "1", "--output-dir", out());
        Cli.Result restart = Cli.run("restart", "1", "--config", config.toString(), "--output-dir", out());

        assertThat(stop.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stop.err()).contains("execution 1 is not running (FAILED)");
        assertThat(abandon.exitCode()).isZero();
        assertThat(abandon.out()).contains("abandoned run 1");
        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.err()).contains("execution 1 is ABANDONED: only a FAILED or STOPPED run can be restarted");
    }

    @Test
    void historyOfAnOutputDirWithoutRunsIsEmptyAndCreatesNothing() {
        Cli.Result result = Cli.run("history", "--output-dir", out());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("no runs recorded yet");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
