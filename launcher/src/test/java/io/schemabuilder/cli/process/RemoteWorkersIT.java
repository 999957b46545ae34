package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remote runs (issue 14) with real processes, RabbitMQ and PostgreSQL: a manager ({@code run --broker}) and workers
 * ({@code worker}), each in a working dir of its own, sharing only the broker (a virtual host of this class) and the
 * job repository (a PostgreSQL schema of this class). Sources: a SQLite file and a CSV folder in zone {@code default},
 * a PostgreSQL schema in zone {@code b} whose password is {@code ${SB_REMOTE_SECRET}}, set only in the workers'
 * environment. Workers A and B serve {@code default} (both hold the shop's 2nd chunk until released: whichever
 * takes the shop is killed there); C serves {@code b}.
 * <p>
 * The tests follow one another in order, as a deployment lives: they share the workers and the runs (a worker
 * takes about ten seconds to start on two cores, which is most of what the class costs).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteWorkersIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "Rq-77xv-worker-only-secret";
    private static final String EXCHANGE = "schema-builder.partitions";
    private static final String TAP = "test-tap";
    private static final String[] SOURCES = {"shop", "exports", "wh"};

    @TempDir
    static Path dir;

    private static RabbitBroker broker;
    private static String repositorySchema;
    private static String sourceSchema;
    private static String repositoryUrl;
    private static final Map<String, Launcher.Running> workers = new HashMap<>();
    private static Launcher.Result firstRun;
    private static long takeoverMillis;

    @BeforeAll
    static void deployment() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            repositorySchema = RealServices.uniqueName("sb_remote_repo");
            sourceSchema = RealServices.uniqueName("sb_remote_wh");
            RealServices.execute(connection, "CREATE SCHEMA " + sourceSchema,
                    "CREATE TABLE " + sourceSchema + ".orders (id integer PRIMARY KEY, note varchar(200))",
                    "CREATE TABLE " + sourceSchema + ".customers (id bigint NOT NULL, name text, born date)",
                    "CREATE VIEW " + sourceSchema + ".big_orders AS SELECT id FROM " + sourceSchema + ".orders");
        }
        broker = RabbitBroker.withOwnVirtualHost("sb_remote");
        repositoryUrl = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema="
                + repositorySchema;
        broker.tap(TAP, EXCHANGE, "default", "b");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Demo.copyInto(data);
        String config = """
                sources:
                  - name: shop
                    type: sqlite
                    database: %1$s/data/demo.db
                  - name: exports
                    type: csv
                    path: %1$s/data/csv
                  - name: wh
                    type: postgresql
                    host: 127.0.0.1
                    database: test
                    username: postgres
                    password: ${SB_REMOTE_SECRET}
                    db_schema: %2$s
                    zone: b
                """.formatted(data.toAbsolutePath(), sourceSchema);
        for (String home : List.of("manager", "local", "a", "b", "c", "c2")) {
            Files.createDirectories(dir.resolve(home));
            Files.writeString(dir.resolve(home).resolve("sources.yml"), config);
        }
        // Started together: their JVMs start at once on the two cores.
        startWorker("a", "default", Map.of("SCHEMA_BUILDER_FAULT", "write:shop:2:hold"));
        startWorker("b", "default", Map.of("SCHEMA_BUILDER_FAULT", "write:shop:2:hold"));
        startWorker("c", "b", Map.of());
        Launcher.Result local = Launcher.run(dir.resolve("local"), Map.of("SB_REMOTE_SECRET", SECRET), "run",
                "--config", "sources.yml", "--output-dir", "out");
        assertThat(local.exitCode()).as(local.out()).isZero();
        for (Launcher.Running worker : workers.values()) {
            worker.awaitLine("worker ");
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        for (Launcher.Running worker : workers.values()) {
            worker.kill9();
        }
        if (broker != null) {
            broker.close();
        }
        if (repositorySchema != null) {
            try (Connection connection = RealServices.postgres()) {
                RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + repositorySchema + " CASCADE",
                        "DROP SCHEMA IF EXISTS " + sourceSchema + " CASCADE");
            }
        }
    }

    @Test
    @Order(1)
    void aWorkerKilledMidPartitionIsTakenOverAndTheRunWritesWhatALocalRunWrites() throws Exception {
        Launcher.Running run = manager("run", "--worker-timeout", "2m");
        String held = firstToHold("a", "b");
        String survivor = held.equals("a") ? "b" : "a";
        long killed = System.nanoTime();
        workers.get(held).kill9();
        // The survivor gets the request again and resumes the same partition after its last commit (chunk 1):
        // its own 2nd chunk is the shop's 3rd, where it holds in turn (its own release file).
        workers.get(survivor).awaitLine("FAULT-HOLD write shop 2");
        takeoverMillis = (System.nanoTime() - killed) / 1_000_000;
        Files.createFile(dir.resolve(survivor).resolve("fault.release"));
        firstRun = run.awaitWithin(120);

        assertThat(firstRun.exitCode()).as(firstRun.out()).isZero();
        assertThat(firstRun.out()).contains("run 1 COMPLETED", "3 of 3 sources written");
        assertSameFilesAsTheLocalRun();
        JsonNode shop = source(history().get(0), "shop");
        assertThat(shop.get("worker").asString()).as("the worker that finished it").isEqualTo(survivor);
        System.out.println("RemoteWorkersIT: takeover after kill -9 of worker " + held + ": " + takeoverMillis
                + " ms to the survivor's next chunk");
    }

    @Test
    @Order(2)
    void aSourceOfZoneBIsReadOnlyByTheWorkerOfZoneB() throws Exception {
        assertThat(firstRun.out()).contains("source wh: started (postgresql) on worker c");
        assertThat(workers.get("c").lines()).anyMatch(l -> l.startsWith("source wh: started"))
                .noneMatch(l -> l.startsWith("source shop") || l.startsWith("source exports"));
        for (String other : List.of("a", "b")) {
            assertThat(workers.get(other).lines()).noneMatch(l -> l.startsWith("source wh"));
        }
        assertThat(source(history().get(0), "wh").get("worker").asString()).isEqualTo("c");
    }

    @Test
    @Order(3)
    void aWorkerStoppedWhileIdleExitsZeroAtOnce_thenAZoneWithNoWorkerFailsItsSourceAloneAfterTheTimeout()
            throws Exception {
        Launcher.Running c = workers.remove("c");
        long signalled = System.nanoTime();
        c.signal("TERM");
        assertThat(c.awaitExit(30)).isTrue();
        long stopMillis = (System.nanoTime() - signalled) / 1_000_000;
        assertThat(c.exitValue()).as(String.join("\n", c.lines())).isZero();
        assertThat(c.lines()).contains("worker c: stopped");

        Launcher.Result second = manager("run", "--worker-timeout", "3s").awaitWithin(120);

        assertThat(second.exitCode()).as(second.out()).isEqualTo(1);
        assertThat(second.out()).contains("source wh: unavailable: no worker of zone b took it within 3s",
                "2 of 3 sources written; failed: wh", "--broker amqp://guest@127.0.0.1:5672/" + broker.vhost);
        assertThat(second.out()).doesNotContain("source shop: unavailable", "source exports: unavailable");
        System.out.println("RemoteWorkersIT: idle worker stopped by SIGTERM in " + stopMillis + " ms");

        // Ctrl-C (SIGINT) stops a worker the same way.
        Path home = Files.createDirectories(dir.resolve("i"));
        Files.copy(dir.resolve("c/sources.yml"), home.resolve("sources.yml"));
        Launcher.Running i = Launcher.startWithSigint(home, Map.of("SB_REMOTE_SECRET", SECRET), "worker",
                "--config", "sources.yml", "--output-dir", "out", "--broker", broker.url(), "--repository-url",
                repositoryUrl, "--zones", "idle", "--name", "i");
        workers.put("i", i); // (killed at the end if it outlives the test)
        i.awaitLine("worker i serving zone idle from ");
        i.signal("INT");
        assertThat(i.awaitExit(30)).isTrue();
        assertThat(i.exitValue()).as(String.join("\n", i.lines())).isZero();
        assertThat(i.lines()).contains("worker i: stopped");
        workers.remove("i");
    }

    @Test
    @Order(4)
    void aManagerKilledMidRunIsRecovered_andAWorkerStoppedMidPartitionLeavesItToAnotherAfterItsChunk()
            throws Exception {
        Launcher.Running waiting = manager("restart", "--worker-timeout", "5m");
        waiting.awaitLine("restarting run 2");
        awaitQueued("schema-builder.partitions.b", 2); // run 2's request, left by the timeout, and this one's
        waiting.kill9();

        Launcher.Running restart = manager("restart", "--worker-timeout", "2m");
        restart.awaitLine("restarting run 3");
        // C drops the stale requests, reads wh and holds before committing its 2nd chunk (of 3): SIGTERM then.
        startWorker("c", "b", Map.of("SCHEMA_BUILDER_FAULT", "write:wh:2:hold"));
        Launcher.Running c = workers.get("c");
        c.awaitLine("FAULT-HOLD write wh 2");
        c.signal("TERM");
        c.awaitLine("worker c: SIGTERM: taking no new partition");
        Files.createFile(dir.resolve("c").resolve("fault.release"));
        assertThat(c.awaitExit(60)).as(String.join("\n", c.lines())).isTrue();
        assertThat(c.exitValue()).as(String.join("\n", c.lines())).isZero();
        assertThat(c.lines()).contains("worker c: stopped; 1 partition(s) in progress left to another worker of"
                + " their zone, which resumes each after its last committed chunk");
        assertThat(c.lines()).as("the requests of runs 2 and 3 are stale").filteredOn(
                l -> l.contains("dropped: it is FAILED (a stale request)")).hasSize(2);
        startWorker("c2", "b", Map.of());
        Launcher.Result done = restart.awaitWithin(120);

        assertThat(done.exitCode()).as(done.out()).isZero();
        assertThat(done.out()).contains("recovered execution 3", "run 4 COMPLETED",
                "source wh: started (postgresql) on worker c");
        assertThat(source(history().get(0), "wh").get("worker").asString()).as("the one that finished it")
                .isEqualTo("c2");
        assertThat(String.join("\n", workers.get("c2").lines())).doesNotContain("dropped");
        assertSameFilesAsTheLocalRun();
    }

    @Test
    @Order(5)
    void theSourcesSecretIsInNoMessageNoRepositoryTableAndNoManagerFile() throws Exception {
        List<String> messages = broker.drain(TAP);
        assertThat(messages).as("one request per partition sent: 3 + 3 + 1 + 1").hasSize(8)
                .allMatch(m -> m.contains("stepExecutionId") && m.contains("schema-builder-run-id"))
                .noneMatch(m -> m.contains(SECRET));
        List<String> repository = repositoryText();
        assertThat(repository).as("the repository holds the runs").anyMatch(v -> v.contains("worker:wh"))
                .noneMatch(v -> v.contains(SECRET));
        try (Stream<Path> files = Files.walk(dir.resolve("manager"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SECRET);
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void startWorker(String name, String zones, Map<String, String> fault) throws Exception {
        Path home = dir.resolve(name);
        Map<String, String> environment = new HashMap<>(fault);
        environment.put("SB_REMOTE_SECRET", SECRET);
        environment.put("SCHEMA_BUILDER_FAULT_RELEASE", home.resolve("fault.release").toString());
        workers.put(name, Launcher.start(home, environment, "worker", "--config", "sources.yml", "--output-dir", "out",
                "--broker", broker.url(), "--repository-url", repositoryUrl, "--zones", zones, "--name", name,
                "--chunk-size", "1", "--parallel", "2"));
    }

    /** The manager: its broker URL has no credentials (guest from the defaults); no secret in its environment. */
    private static Launcher.Running manager(String command, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(command, "--config", "sources.yml", "--output-dir", "out",
                "--broker", broker.urlWithoutCredentials(), "--repository-url", repositoryUrl));
        arguments.addAll(List.of(options));
        return Launcher.start(dir.resolve("manager"), Map.of(), arguments.toArray(String[]::new));
    }

    private static String firstToHold(String... names) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String name : names) {
                if (workers.get(name).lines().contains("FAULT-HOLD write shop 2")) {
                    return name;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no worker held the shop within a minute: " + workers.get(names[0]).lines()
                + workers.get(names[1]).lines());
    }

    private static void awaitQueued(String queue, long count) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (broker.messages(queue) < count) {
            assertThat(System.nanoTime()).as(queue + " never held " + count + " messages").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** schemas/: the same files as the local run's (schema.json, history), the same bytes but generated_at. */
    private static void assertSameFilesAsTheLocalRun() throws Exception {
        Map<String, String> remote = schemaFiles(dir.resolve("manager/out/schemas"));
        assertThat(remote).containsKeys("shop/schema.json", "exports/schema.json", "wh/schema.json");
        assertThat(remote).isEqualTo(schemaFiles(dir.resolve("local/out/schemas")));
    }

    /** Each file under schemas/ by its path; a history version by its source and rank (its name is a time). */
    private static Map<String, String> schemaFiles(Path schemas) throws Exception {
        Map<String, String> files = new TreeMap<>();
        Map<String, Integer> versions = new HashMap<>();
        try (Stream<Path> paths = Files.walk(schemas)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = schemas.relativize(file).toString();
                int history = relative.indexOf("/history/");
                String key = history < 0 ? relative : relative.substring(0, history) + "/history/#"
                        + versions.merge(relative.substring(0, history), 1, Integer::sum);
                files.put(key, text(file));
            }
        }
        return files;
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("\"(generated_at|old_generated_at|new_generated_at)\": \"[^\"]+\"", "\"$1\": \"<time>\"");
    }

    private static JsonNode history() throws Exception {
        Launcher.Result result = Launcher.run(dir.resolve("manager"), "history", "--json", "--repository-url",
                repositoryUrl, "--output-dir", "out");
        assertThat(result.exitCode()).as(result.out()).isZero();
        return JSON.readTree(result.out());
    }

    private static JsonNode source(JsonNode run, String name) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("name").asString().equals(name)) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + run);
    }

    /** Every value of every table of the repository's schema (binary columns as Latin-1 text). */
    private static List<String> repositoryText() throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = RealServices.postgres(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, repositorySchema, "%",
                    new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("batch_job_execution_params", "batch_step_execution_context");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + repositorySchema + "." + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            int type = rows.getMetaData().getColumnType(i);
                            String value = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY ? latin1(rows.getBytes(i)) : rows.getString(i);
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

    private static String latin1(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
