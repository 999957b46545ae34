package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** purge, abandon and stop against a real (embedded) job repository, run in this JVM. */
class OperationsCommandsTest {
    @TempDir
    Path dir;

    private Path csvConfig() throws Exception {
        return OneCsvSource.config(dir);
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void purgeDeletesRunsOlderThanTheAgeAndDryRunOnlyLists() throws Exception {
        Path config = csvConfig();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", out()).exitCode()).isZero();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", out()).exitCode()).isZero();

        // What a remote worker staged for a run whose manager never assembled it goes with the run.
        assertThat(staged("INSERT INTO SB_STAGED_TABLE VALUES ((SELECT MAX(PARAMETER_VALUE) FROM"
                + " BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'run.id'), 'files', 'files', 1, X'0A')"))
                .isEqualTo(1);
        Cli.Result young = Cli.run("purge", "--older-than", "1d", "--output-dir", out());
        Cli.Result dry = Cli.run("purge", "--older-than", "0m", "--dry-run", "--output-dir", out());
        assertThat(Cli.run("history", "--json", "--output-dir", out()).out()).contains("\"id\": 2").contains("\"id\": 1");
        Cli.Result purge = Cli.run("purge", "--older-than", "0m", "--output-dir", out());

        assertThat(young.out()).contains("deleted 0 run(s) older than 1d");
        assertThat(dry.out()).contains("would delete 2 run(s)");
        assertThat(purge.out()).contains("deleted 2 run(s)");
        assertThat(Cli.run("history", "--json", "--output-dir", out()).out().strip()).isEqualTo("[]");
        assertThat(staged("SELECT COUNT(*) FROM SB_STAGED_TABLE")).isZero();
    }

    /** Runs one statement on the output dir's repository: an update count, or a query's first number. */
    private long staged(String sql) throws Exception {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        try (var c = io.schemabuilder.source.jdbc.JdbcDrivers.connect("jdbc:h2:file:"
                + dir.resolve("out/.schema-builder/repository"), credentials); var s = c.createStatement()) {
            if (!s.execute(sql)) {
                return s.getUpdateCount();
            }
            try (var rs = s.getResultSet()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
    void aRunRestartedAlreadyIsNotRestartedAgainTheLaterRunIsNamed() throws Exception {
        Path config = Files.writeString(dir.resolve("broken.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: missing-folder
                """);
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", out()).exitCode())
                .isEqualTo(ExitCodes.SOURCES_FAILED);
        assertThat(Cli.run("restart", "1", "--config", config.toString(), "--output-dir", out()).exitCode())
                .isEqualTo(ExitCodes.SOURCES_FAILED);

        Cli.Result again = Cli.run("restart", "1", "--config", config.toString(), "--output-dir", out(), "--json");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.out()).isEmpty();
        assertThat(again.err().strip())
                .isEqualTo("run 1 was restarted as run 2 (FAILED): restart that one if it failed or stopped");
    }

    @Test
    void historyOfAnOutputDirWithoutRunsSaysWhereItLookedAndCreatesNothing() {
        Cli.Result result = Cli.run("history", "--output-dir", out());
        Cli.Result json = Cli.run("history", "--json", "--output-dir", out());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("no job repository in " + dir.resolve("out/.schema-builder")
                + " (the output dir given by --output-dir); to read the runs of another output dir, give --config FILE"
                + " (its output_dir), --output-dir DIR or --repository-url URL");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip()).isEqualTo("[]");
        assertThat(json.err()).contains("no job repository in ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void showStopAbandonAndPurgeWithoutARepositoryExit2SayingWhereTheyLookedAndCreateNothing() throws Exception {
        Path config = Files.writeString(dir.resolve("elsewhere.yml"), """
                output_dir: nightly
                sources:
                  - name: files
                    type: csv
                    path: data
                """);
        List<Cli.Result> results = List.of(
                Cli.run("show", "1", "--config", config.toString()),
                Cli.run("stop", "1", "--config", config.toString()),
                Cli.run("abandon", "1", "--config", config.toString()),
                Cli.run("purge", "--older-than", "30d", "--config", config.toString()));

        for (Cli.Result result : results) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err().strip()).isEqualTo("no job repository in " + dir.resolve("nightly/.schema-builder")
                    + " (the output_dir of " + config + "); to read the runs of another output dir, give --config"
                    + " FILE (its output_dir), --output-dir DIR or --repository-url URL");
        }
        assertThat(dir.resolve("nightly")).doesNotExist();
    }
}
