package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.repository.BatchSchemaScript;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands do with an embedded repository that a crash (or a hand) left incomplete. */
class DamagedRepositoryTest {
    @TempDir
    Path dir;

    private Path config() throws Exception {
        return OneCsvSource.config(dir);
    }

    private Path repository() {
        return dir.resolve("out/.schema-builder/repository.mv.db");
    }

    @Test
    void anIncompleteRepositoryThatHoldsRunsEndsTheRunAndHistoryWithOneLineAndExitFour() throws Exception {
        Path config = config();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString())
                .exitCode()).isZero();
        sql("DROP TABLE BATCH_STEP_EXECUTION_CONTEXT");

        Cli.Result run = Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString());
        Cli.Result history = Cli.run("history", "--output-dir", dir.resolve("out").toString());

        String line = "job repository " + repository() + " is damaged: it holds 1 run but lacks"
                + " BATCH_STEP_EXECUTION_CONTEXT; move it aside to start a new history (mv " + repository() + " "
                + repository().resolveSibling("repository.damaged") + "), or put back a backup of it";
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
        // history reads through RepositoryClient, without the context that checks the tables: the same line.
        assertThat(history.exitCode()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
        assertThat(history.err()).isEqualTo(line + System.lineSeparator());
    }

    @Test
    void aTruncatedRepositoryFileEndsTheRunAndHistoryWithOneLineThatSaysWhatToDoAndExitFour() throws Exception {
        Path config = config();
        assertThat(Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString())
                .exitCode()).isZero();
        try (var file = java.nio.channels.FileChannel.open(repository(), java.nio.file.StandardOpenOption.WRITE)) {
            // A disk that lost the end of the file, a copy cut short. Cut before every chunk that holds the run: at
            // half of today's file H2 finds an older complete set of chunks and opens it silently.
            file.truncate(file.size() / 4);
        }

        Cli.Result run = Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString());
        Cli.Result history = Cli.run("history", "--output-dir", dir.resolve("out").toString());

        String start = "job repository " + repository() + " is damaged: its file is corrupt (";
        String end = "); move it aside to start a new history (mv " + repository() + " "
                + repository().resolveSibling("repository.damaged") + "), or put back a backup of it";
        for (Cli.Result result : new Cli.Result[] {run, history}) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.REPOSITORY_UNREACHABLE);
            assertThat(result.err()).startsWith(start).endsWith(end + System.lineSeparator());
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Test
    void aRepositoryHalfMadeByAnOlderVersionWithoutRunsHoldsNoRunForHistoryAndIsMadeAfreshSilently() throws Exception {
        Path config = config();
        Files.createDirectories(repository().getParent());
        // An older version created the tables in place, one statement at a time, and was killed after the 4th.
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : BatchSchemaScript.of("h2").creates().subList(0, 4)) {
                s.execute(statement);
            }
        }

        Cli.Result history = Cli.run("history", "--output-dir", dir.resolve("out").toString());
        Cli.Result run = Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString());

        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).isEqualTo("no runs recorded yet in job repository " + repository()
                + System.lineSeparator());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("run 1 COMPLETED");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Connection connect() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return JdbcDrivers.connect("jdbc:h2:file:" + dir.resolve("out/.schema-builder/repository")
                , credentials);
    }
}
