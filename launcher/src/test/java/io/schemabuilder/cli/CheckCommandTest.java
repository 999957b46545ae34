package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check}: one line per source saying whether a run could read it, and why not; exit 0 when all can, 1 when
 * one cannot, 2 for a config error; nothing written. The demo's sources (SQLite, CSV, Excel), the real PostgreSQL,
 * a port nothing listens on, a wrong MariaDB password, and a server that accepts and never answers.
 */
class CheckCommandTest {
    private static final Path DEMO = Path.of("../examples/demo/data").toAbsolutePath().normalize();
    private static final URI POSTGRES = URI.create(RealServices.POSTGRES_URL.substring("jdbc:".length()));
    private static final URI MARIADB = URI.create(RealServices.MARIADB_URL.substring("jdbc:".length()));

    @TempDir
    Path dir;

    private Path config(String moreSources) throws Exception {
        Path config = dir.resolve("sources.yml");
        Files.writeString(config, """
                sources:
                  - {name: shop, type: sqlite, database: '%s'}
                  - {name: exports, type: csv, path: '%s'}
                  - {name: budget, type: excel, path: '%s'}
                """.formatted(DEMO.resolve("demo.db"), DEMO.resolve("csv"), DEMO.resolve("budget.xlsx")) + moreSources);
        return config;
    }

    @Test
    void eachSourceGetsOneLineAndAnySourceThatCannotBeReadExitsOne() throws Exception {
        String user = RealServices.uniqueName("sb_check");
        try (Connection c = RealServices.mariadb()) {
            RealServices.createMariadbUser(c, user, "right-password");
            try (Connection pg = RealServices.postgres()) {
                pg.isValid(1);
            }
            Path config = config("""
                      - {name: warehouse, type: postgresql, host: %s, port: %d, database: test, username: %s}
                      - {name: refused, type: postgresql, host: 127.0.0.1, port: 1, database: test, username: etl}
                      - {name: crm, type: mariadb, host: %s, port: %d, database: test, username: %s,
                         password: 'wrong-password'}
                    """.formatted(POSTGRES.getHost(), POSTGRES.getPort(), RealServices.POSTGRES_USER,
                    MARIADB.getHost(), MARIADB.getPort(), user));

            Cli.Result result = Cli.run("check", "--config", config.toString());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
            // Versions, counts and times vary: lines are compared with every number as N.
            assertThat(result.out().lines().map(CheckCommandTest::withoutNumbers)).containsExactlyElementsOf(Stream.of(
                    "source shop: ok: SQLite 3.50.2, 1 schema, 10 tables visible, 0.1 s",
                    "source exports: ok: CSV files (1 with delimiter ',', UTF-8; 1 with delimiter ';', UTF-8;"
                            + " 1 with delimiter tab, UTF-8), 3 tables, 0.0 s",
                    "source budget: ok: Excel workbook (.xlsx), 2 tables, 0.1 s",
                    "source warehouse: ok: PostgreSQL 15.20, 2 schemas, 7 tables visible, 0.1 s",
                    "source refused: connect: cannot connect to jdbc:postgresql://127.0.0.1:1/test: Connection to"
                            + " 127.0.0.1:1 refused. Check that the hostname and port are correct and that the"
                            + " postmaster is accepting TCP/IP connections.",
                    "source crm: auth: cannot connect to jdbc:mariadb://" + MARIADB.getHost() + ":" + MARIADB.getPort()
                            + "/test: (conn=7) Access denied for user '" + user + "'@'127.0.0.1' (using password: YES)")
                    .map(CheckCommandTest::withoutNumbers).toList());
            assertThat(result.out()).contains("source shop: ok: SQLite", "10 tables visible", ", 3 tables, ",
                    ", 2 tables, ").doesNotContain("wrong-password");
        } finally {
            try (Connection c = RealServices.mariadb()) {
                RealServices.dropMariadbUser(c, user);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing written").containsExactly("sources.yml");
        }
    }

    /** A host that accepts connections and never answers is given up after its limit; the others are not held up. */
    @Test
    void aServerThatNeverAnswersIsGivenUpAfterItsConnectTimeoutWithoutHoldingUpTheOthers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed: the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path config = config("""
                      - {name: silent, type: postgresql, host: 127.0.0.1, port: %d, database: test, username: etl,
                         connect_timeout: 1s, query_timeout: 1s}
                    """.formatted(silent.getLocalPort()));
            long start = System.nanoTime();

            Cli.Result result = Cli.run("check", "--config", config.toString(), "--sources", "silent,shop");

            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(result.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
            // Given up by the driver's own connect timeout, or else by check's limit (2 x connect_timeout + 2 s).
            assertThat(result.out().lines()).hasSize(2);
            assertThat(withoutNumbers(result.out().lines().toList().get(0)))
                    .isEqualTo(withoutNumbers("source shop: ok: SQLite 3.50.2, 1 schema, 10 tables visible, 0.1 s"));
            assertThat(result.out().lines().toList().get(1)).startsWith("source silent: connect: ");
            assertThat(seconds).as("the connect limit is 2 x 1 s + 2 s; the rest is margin").isLessThan(30);
        }
    }

    @Test
    void jsonSaysTheSameAsOneObject() throws Exception {
        Path config = config("""
                  - {name: refused, type: postgresql, host: 127.0.0.1, port: 1, database: test, username: etl}
                """);

        Cli.Result result = Cli.run("check", "--config", config.toString(), "--json", "--sources", "exports,refused");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.path("config").asString()).isEqualTo(config.toString());
        assertThat(json.path("ok").asBoolean()).isFalse();
        JsonNode exports = json.path("sources").get(0);
        assertThat(exports.path("name").asString()).isEqualTo("exports");
        assertThat(exports.path("type").asString()).isEqualTo("csv");
        assertThat(exports.path("ok").asBoolean()).isTrue();
        assertThat(exports.path("kind").asString()).startsWith("CSV files (");
        assertThat(exports.path("schemas").isNull()).isTrue();
        assertThat(exports.path("tables").asLong()).isEqualTo(3);
        assertThat(exports.path("duration_seconds").isNumber()).isTrue();
        assertThat(exports.path("category").isNull()).isTrue();
        assertThat(exports.path("message").isNull()).isTrue();
        assertThat(exports.path("warnings").isArray()).isTrue();
        JsonNode refused = json.path("sources").get(1);
        assertThat(refused.path("ok").asBoolean()).isFalse();
        assertThat(refused.path("category").asString()).isEqualTo("connect");
        assertThat(refused.path("message").asString()).startsWith("source refused: connect: cannot connect to ");
        assertThat(refused.path("tables").isNull()).isTrue();
        assertThat(json.path("sources")).hasSize(2);
    }

    @Test
    void allSourcesReadableExitsZero() throws Exception {
        Cli.Result result = Cli.run("check", "--config", config("").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(3).allMatch(line -> line.contains(": ok: "));
    }

    @Test
    void aConfigErrorOrAnUnknownSourceExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "sources: [{name: a, type: csv}]\n");

        Cli.Result invalid = Cli.run("check", "--config", bad.toString());
        Cli.Result unknown = Cli.run("check", "--config", config("").toString(), "--sources", "nope");

        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).contains("source 'a': field 'path'");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--sources: no source named 'nope'");
        assertThat(invalid.out() + unknown.out()).isEmpty();
    }

    @Test
    void aVisivoProjectsIncludedSourcesAreCheckedAndARemoteIncludeIsAWarningOnStandardError() throws Exception {
        Files.writeString(dir.resolve("sources.visivo.yml"), "sources:\n  - {name: exports, type: csv, file: '%s'}\n"
                .formatted(DEMO.resolve("csv/sales.csv")));
        Path project = Files.writeString(dir.resolve("project.visivo.yml"), """
                includes:
                  - path: sources.visivo.yml
                  - path: visivo-io/github-dashboard.git@main
                """);

        Cli.Result result = Cli.run("check", "--config", project.toString(), "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(JsonMapper.builder().build().readTree(result.out()).path("sources").get(0).path("name").asString())
                .isEqualTo("exports");
        assertThat(result.err()).isEqualTo("warning: " + project + ": include 'visivo-io/github-dashboard.git@main'"
                + " is a remote (git) include, which schema-builder does not fetch: it is skipped, and sources defined"
                + " there are not read" + System.lineSeparator());
    }

    /** The line with every number as N (and "1 schema" as "N schemas"): its shape. */
    private static String withoutNumbers(String line) {
        return line.replaceAll("\\d+(\\.\\d+)*(,\\d{3})*", "N").replaceAll("N (schema|table)s?\\b", "N $1s");
    }
}
