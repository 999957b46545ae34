package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job repository while a run is going (issue 17), with real processes and one held run per repository kind: a
 * run held at the shop's 2nd chunk (the {@code hold} fault) stays in progress exactly as long as the test reads it.
 * Readers every half second see it in progress with the tables read so far and answer in their usual time (the run
 * never makes them wait: a reader blocked until the run's end would never answer here); a reader killed -9, and
 * readers reading while the run ends, do it no harm, nor does a {@code serve} started before the run and killed -9
 * in its middle (after it showed the run in progress); {@code stop} works from another process.
 */
class ConcurrentReadersIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far beyond a command's time even on a loaded machine; a reader waiting for the held run would exceed it. */
    private static final long READER_LIMIT_SECONDS = 60;

    @TempDir
    static Path dir;

    @BeforeAll
    static void demo() throws Exception {
        Demo.copyInto(dir);
    }

    @Test
    void withH2ReadersSeeTheRunInProgressAndNeitherAKilledReaderNorTheRunsEndHurtsTheOther() throws Exception {
        String[] repository = {"--output-dir", "out-h2"};
        Path release = dir.resolve("release-h2");
        // serve is up before the run starts (it must not become the server the run depends on) and dies mid-run.
        Launcher.Running serve = Launcher.start(dir, Map.of(), cli(repository, "serve", "--port", "0"));
        Launcher.Running run = null;
        try {
            int port = servePort(serve);
            run = heldRun(release, repository);
            run.awaitLine("FAULT-HOLD write shop 2");
            JsonNode served = JSON.readTree(get(port, "/api/runs")).get(0);
            assertThat(served.get("status").asString()).isEqualTo("STARTED");
            assertThat(source(served, "shop").get("tables_read").asInt()).isEqualTo(1);
            assertThat(get(port, "/")).as("the runs page reloads itself and counts the tables read so far")
                    .contains("http-equiv=\"refresh\"", "1 table read");
            serve.kill9();
            killedMidRequest(repository);

            List<Long> during = watchHistory(repository, 4);

            List<Launcher.Running> atTheEnd = List.of(history(repository), history(repository));
            Files.createFile(release);
            Launcher.Result done = run.awaitWithin(120);
            assertThat(done.exitCode()).as(done.out()).isZero();
            assertThat(done.out()).contains("COMPLETED");
            for (Launcher.Running reader : atTheEnd) {
                Launcher.Result result = reader.awaitWithin(READER_LIMIT_SECONDS);
                assertThat(result.exitCode()).as(result.out()).isZero();
                assertThat(JSON.readTree(result.out()).get(0).get("status").asString()).isIn("STARTED", "COMPLETED");
            }
            Path serverFile = dir.resolve("out-h2/.schema-builder/repository.server");
            assertThat(serverFile).as("deleted at the run's end").doesNotExist();

            // A server file left behind by a killed run (nobody listens on its port) is harmless.
            Files.writeString(serverFile, "host=127.0.0.1\nport=" + freePort() + "\nkey=stale\n");
            long start = System.nanoTime();
            JsonNode after = historyNow(repository).get(0);
            long afterMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(after.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(source(after, "shop").get("tables_read").asInt()).isEqualTo(10);
            System.out.println("ConcurrentReadersIT H2: history --json during the run " + during
                    + " ms; after it (stale server file) " + afterMillis + " ms");
        } finally {
            serve.kill9();
            if (run != null) {
                run.kill9();
            }
        }
    }

    private static int servePort(Launcher.Running serve) throws Exception {
        serve.awaitLine("serving ");
        Matcher listening = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.join("\n", serve.lines()));
        assertThat(listening.find()).as(String.join("\n", serve.lines())).isTrue();
        return Integer.parseInt(listening.group(1));
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(READER_LIMIT_SECONDS)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void withPostgresReadersSeeTheRunInProgressAndStopFromAnotherProcessEndsIt() throws Exception {
        String schema = RealServices.uniqueName("readers_repo");
        try (Connection connection = RealServices.postgres()) {
            connection.isValid(1);
        }
        String url = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema=" + schema;
        String[] repository = {"--output-dir", "out-pg", "--repository-url", url};
        Path release = dir.resolve("release-pg");
        Launcher.Running run = heldRun(release, repository);
        try {
            run.awaitLine("FAULT-HOLD write shop 2");
            killedMidRequest(repository);
            List<Long> during = watchHistory(repository, 2);
            long id = historyNow(repository).get(0).get("id").asLong();

            Launcher.Result stop = Launcher.start(dir, Map.of(), cli(repository, "stop", String.valueOf(id)))
                    .awaitWithin(READER_LIMIT_SECONDS);
            assertThat(stop.exitCode()).as(stop.out()).isZero();
            Files.createFile(release);
            Launcher.Result stopped = run.awaitWithin(120);

            assertThat(stopped.exitCode()).as(stopped.out()).isEqualTo(1);
            assertThat(stopped.out()).contains("run " + id + " STOPPED");
            Launcher.Result show = Launcher.start(dir, Map.of(), cli(repository, "show", "--json", String.valueOf(id)))
                    .awaitWithin(READER_LIMIT_SECONDS);
            assertThat(JSON.readTree(show.out()).get("status").asString()).isEqualTo("STOPPED");
            System.out.println("ConcurrentReadersIT PostgreSQL: history --json during the run " + during + " ms");
        } finally {
            run.kill9();
            try (Connection connection = RealServices.postgres()) {
                RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** A run of the demo whose shop source holds before committing its 2nd chunk (of one table) until released. */
    private static Launcher.Running heldRun(Path release, String[] repository) throws Exception {
        return Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "write:shop:2:hold",
                        "SCHEMA_BUILDER_FAULT_RELEASE", release.toString()),
                cli(repository, "run", "--config", "sources.yml", "--chunk-size", "1"));
    }

    /** A reader killed -9 in the middle of its request: the run goes on (checked by the readers after it). */
    private static void killedMidRequest(String[] repository) throws Exception {
        Launcher.Running reader = history(repository);
        Thread.sleep(800);
        reader.kill9();
    }

    /**
     * {@code history --json} as a watch loop would call it: again half a second after each answer. Each call
     * succeeds and shows the run in progress with the shop's one committed table. Returns each call's time.
     */
    private static List<Long> watchHistory(String[] repository, int calls) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            JsonNode run = historyNow(repository).get(0);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(run.get("status").asString()).isEqualTo("STARTED");
            assertThat(run.get("exit_code").isNull()).isTrue();
            JsonNode shop = source(run, "shop");
            assertThat(shop.get("status").asString()).isEqualTo("STARTED");
            assertThat(shop.get("tables_read").asInt()).isEqualTo(1);
            Thread.sleep(500);
        }
        return millis;
    }

    private static JsonNode historyNow(String[] repository) throws Exception {
        Launcher.Result result = history(repository).awaitWithin(READER_LIMIT_SECONDS);
        assertThat(result.exitCode()).as(result.out()).isZero();
        return JSON.readTree(result.out());
    }

    private static Launcher.Running history(String[] repository) throws Exception {
        return Launcher.start(dir, Map.of(), cli(repository, "history", "--json"));
    }

    private static JsonNode source(JsonNode run, String name) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("name").asString().equals(name)) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + run);
    }

    /** The command and its arguments, then the options that name the repository. */
    private static String[] cli(String[] repository, String... command) {
        return Stream.concat(Stream.of(command), Stream.of(repository)).toArray(String[]::new);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
