package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that read the job repository, pointed by --repository-url at a PostgreSQL schema no run has made:
 * history says there is no run and where it looked, show and stop find no execution, and none of them creates the
 * schema or its tables (only a run makes a repository).
 */
class EmptyPostgresRepositoryTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void readersOfARepositoryNoRunMadeSayWhereTheyLookedAndCreateNothing() throws Exception {
        String schema = RealServices.uniqueName("lead_empty_repo");
        try (Connection connection = RealServices.postgres()) {
            String url = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema=" + schema;
            String out = dir.resolve("out").toString();

            Cli.Result history = Cli.run("history", "--output-dir", out, "--repository-url", url);
            Cli.Result historyJson = Cli.run("history", "--json", "--output-dir", out, "--repository-url", url);
            Cli.Result show = Cli.run("show", "3", "--output-dir", out, "--repository-url", url);

            assertThat(history.exitCode()).as(history.err()).isZero();
            assertThat(history.out()).isEqualTo("no runs recorded yet in job repository " + RealServices.POSTGRES_URL
                    + System.lineSeparator());
            assertThat(historyJson.out().strip()).isEqualTo("[]");
            assertThat(show.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(show.err()).contains("no execution 3 in the job repository");
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM information_schema.schemata"
                         + " WHERE schema_name = '" + schema + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("schema " + schema + " created by a reader").isZero();
            } finally {
                RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
