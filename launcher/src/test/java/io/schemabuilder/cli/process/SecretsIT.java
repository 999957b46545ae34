package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password given to the tool appears nowhere: not in job parameters, contexts, exit messages, logs or output. */
class SecretsIT {
    private static final String SECRET = "Pw-9f3Kq-never-print-me";

    @TempDir
    Path dir;

    @Test
    void passwordsNeverReachTheRepositoryTheLogsOrTheOutput() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            connection.isValid(1);
        }
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: warehouse
                    type: postgresql
                    host: 127.0.0.1
                    database: test
                    username: postgres
                    password: ${SB_TEST_SECRET}
                    db_schema: pg_catalog_nothing_here
                  - name: down
                    type: postgresql
                    host: 127.0.0.1
                    port: 1
                    database: test
                    username: postgres
                    password: ${SB_TEST_SECRET}
                """);

        Launcher.Result run = Launcher.run(dir, Map.of("SB_TEST_SECRET", SECRET), "run", "--config", "sources.yml",
                "--output-dir", "out", "--debug");
        Launcher.Result show = Launcher.run(dir, "history", "--json", "--output-dir", "out");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("source down: connect:").doesNotContain(SECRET);
        assertThat(show.out()).doesNotContain(SECRET);
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".mv.db")).toList()) {
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SECRET);
            }
        }
        assertThat(repositoryText(dir.resolve("out/.schema-builder/repository"))).isNotEmpty()
                .noneMatch(text -> text.contains(SECRET));
    }

    /** Every text column of every Spring Batch table. */
    private static List<String> repositoryText(Path database) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE", "sa", "");
             Statement statement = connection.createStatement()) {
            for (String table : List.of("BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION",
                    "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
