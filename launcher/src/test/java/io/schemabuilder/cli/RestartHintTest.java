package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart command a failed run's summary prints is one to paste as it is: with a PostgreSQL repository it names
 * that repository (it named only --config and --output-dir, so the pasted command looked for the run in an embedded
 * repository and found none), and it restarts that very run.
 */
class RestartHintTest {
    private static final Pattern REDO = Pattern.compile("redo what failed: schema-builder (restart .*)");

    @TempDir
    Path dir;

    @Test
    void aFailedRunsRestartCommandNamesItsRepositoryAndRestartsThatRun() throws Exception {
        String schema = RealServices.uniqueName("lead_restart_hint");
        try (Connection connection = RealServices.postgres()) {
            String url = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema=" + schema;
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("data/a.csv"), "id,name\n1,x\n");
            Path config = Files.writeString(dir.resolve("sources.yml"), """
                    sources:
                      - name: files
                        type: csv
                        path: data
                      - name: missing
                        type: csv
                        path: no-such-folder
                    """);
            try {
                Cli.Result run = Cli.run("run", "--config", config.toString(), "--output-dir",
                        dir.resolve("out").toString(), "--repository-url", url);
                Matcher redo = REDO.matcher(run.out());

                assertThat(run.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
                assertThat(redo.find()).as(run.out()).isTrue();
                assertThat(redo.group(1)).isEqualTo("restart 1 --config " + config + " --output-dir "
                        + dir.resolve("out") + " --repository-url '" + url + "'");
                // As a shell reads it (the only quoted word is the URL, for its ? and &).
                Cli.Result restart = Cli.run(Arrays.stream(redo.group(1).split(" "))
                        .map(word -> word.replaceAll("^'(.*)'$", "$1")).toArray(String[]::new));
                assertThat(restart.out()).contains("restarting run 1");
                assertThat(restart.exitCode()).as(restart.err()).isEqualTo(ExitCodes.SOURCES_FAILED);
            } finally {
                RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
