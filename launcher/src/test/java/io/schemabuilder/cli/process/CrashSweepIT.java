package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 at fault points spread over a first run into a fresh output dir: the JVM's start, the job repository's
 * creation statement by statement and its move into place, reading, staging writes (a torn record), chunk writes
 * before and after their commit, assembly and the history link. After each kill the next command, a plain
 * {@code run} (what cron does the next night) or {@code restart}, exits 0, gives the run the next id (no gap), and
 * leaves the same files as an uninterrupted run (schema files byte-identical but for {@code generated_at}). The same
 * with a PostgreSQL repository, at fewer points.
 * <p>
 * Fast by design: a small source set (a SQLite database and three CSV files, chunks of 2 tables), each point in its
 * own output dir with two points' processes at a time, and JVMs with the serial collector and the client compiler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSweepIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SOURCES = {"shop", "exports"};
    private static final Map<String, String> FAST = Map.of("JAVA_TOOL_OPTIONS",
            "-XX:+UseSerialGC -XX:TieredStopAtLevel=1");

    /** What runs after the kill: a plain run, or a restart of the killed run (when it was recorded). */
    enum Then { RUN, RESTART }

    /**
     * Kills at each fault point ({@code point:source:n}) in turn, in one output dir, then the command that must
     * finish the job. Points share a dir only while no run is recorded (the JVM's start, the repository's creation):
     * each kill's process then starts from what the previous one left, as a first run does, and reaching its own
     * point shows that it got past those leftovers.
     */
    record Sweep(List<String> faults, Then then) {
        static Sweep of(String fault, Then then) {
            return new Sweep(List.of(fault), then);
        }

        /** Whether the killed processes had recorded their run (the job execution exists) when they died. */
        boolean runRecorded() {
            return faults.stream().anyMatch(f -> !f.startsWith("start:") && !f.startsWith("repository-"));
        }

        String name() {
            return String.join("+", faults).replace(':', '-');
        }
    }

    /** Holds the sources, the reference output and one output dir per point. */
    private Path dir;

    /** The sources, shared by every output dir (so that the files' paths in schema.json are the same). */
    private Path config;
    private Map<String, String> reference;

    @BeforeAll
    void runUninterrupted(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Files.createDirectories(dir.resolve("data/csv"));
        Files.copy(Demo.SOURCE.resolve("data/demo.db"), dir.resolve("data/demo.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> csv = Files.list(Demo.SOURCE.resolve("data/csv"))) {
            for (Path file : csv.toList()) {
                Files.copy(file, dir.resolve("data/csv").resolve(file.getFileName()));
            }
        }
        config = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: shop
                    type: sqlite
                    database: data/demo.db
                  - name: exports
                    type: csv
                    path: data/csv
                """);
        Launcher.Result clean = run(dir.resolve("reference"), List.of(), "run");
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        reference = files(dir.resolve("reference"));
        assertThat(reference.keySet()).contains("schemas/shop/schema.json", "schemas/shop/history/<version>.json");
    }

    static List<Sweep> h2Sweeps() {
        return List.of(
                new Sweep(List.of("start:main:1", "repository-create:h2:1", "repository-create:h2:4",
                        "repository-create:h2:7", "repository-create:h2:9", "repository-place:h2:1",
                        "repository-place:h2:2"), Then.RUN),
                Sweep.of("read:shop:1", Then.RUN),
                Sweep.of("read:exports:2", Then.RESTART),
                Sweep.of("stage:shop:1", Then.RESTART),
                Sweep.of("write:shop:1", Then.RUN),
                Sweep.of("read:shop:3", Then.RESTART),
                Sweep.of("stage:exports:2", Then.RUN),
                Sweep.of("write:exports:2", Then.RESTART),
                Sweep.of("write:shop:5", Then.RESTART),
                Sweep.of("assemble-rename:exports:1", Then.RUN),
                Sweep.of("history-link:exports:1", Then.RESTART),
                Sweep.of("assemble-mark:exports:1", Then.RUN),
                Sweep.of("assemble-rename:shop:1", Then.RESTART),
                Sweep.of("history-link:shop:1", Then.RUN),
                Sweep.of("assemble-mark:shop:1", Then.RESTART));
    }

    @Test
    void aFirstRunKilledAnywhereIsFinishedByTheNextRunOrRestartWithAnEmbeddedRepository() throws Exception {
        assertThat(h2Sweeps().stream().mapToInt(s -> s.faults().size()).sum()).isGreaterThanOrEqualTo(20);
        sweep(h2Sweeps(), sweep -> List.of());
    }

    @Test
    void aFirstRunKilledAnywhereIsFinishedByTheNextRunOrRestartWithAPostgresRepository() throws Exception {
        RealServices.postgres().close();
        List<Sweep> sweeps = List.of(
                new Sweep(List.of("repository-create:postgresql:1", "repository-create:postgresql:8"), Then.RUN),
                Sweep.of("read:shop:2", Then.RESTART),
                Sweep.of("write:exports:1", Then.RUN),
                Sweep.of("history-link:exports:1", Then.RESTART));
        Map<Sweep, String> schemas = new java.util.HashMap<>();
        sweeps.forEach(sweep -> schemas.put(sweep, RealServices.uniqueName("creation_sweep")));
        try {
            sweep(sweeps, sweep -> List.of("--repository-url", RealServices.POSTGRES_URL + "?user="
                    + RealServices.POSTGRES_USER + "&currentSchema=" + schemas.get(sweep)));
        } finally {
            try (Connection connection = RealServices.postgres()) {
                for (String schema : schemas.values()) {
                    RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    private void sweep(List<Sweep> sweeps, java.util.function.Function<Sweep, List<String>> repository)
            throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Sweep sweep : sweeps) {
                outcomes.add(lanes.submit(() -> killAndFollowUp(sweep, repository.apply(sweep))));
            }
            List<String> problems = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String problem = outcome.get(10, TimeUnit.MINUTES);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            assertThat(problems).as("kill points whose follow-up went wrong").isEmpty();
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Null when all is well, else what went wrong (every sweep is tried, and all problems reported). */
    private String killAndFollowUp(Sweep point, List<String> repository) {
        Path out = dir.resolve("out-" + point.name() + (repository.isEmpty() ? "" : "-pg"));
        try {
            for (String fault : point.faults()) {
                Map<String, String> environment = new java.util.HashMap<>(FAST);
                environment.put("SCHEMA_BUILDER_FAULT", fault + ":pause");
                Launcher.Running killed = Launcher.start(dir, environment, arguments(out, repository, "run"));
                try {
                    killed.awaitLine("FAULT-PAUSE " + fault.replace(':', ' '));
                } finally {
                    killed.kill9();
                }
            }
            for (String source : SOURCES) {
                Path file = out.resolve("schemas").resolve(source).resolve("schema.json");
                if (Files.exists(file)) {
                    JSON.readTree(file.toFile()); // whole, valid JSON: never half a file
                }
            }
            Launcher.Result next = run(out, repository, point.then() == Then.RUN ? "run" : "restart");
            String id = point.runRecorded() ? "2" : "1";
            if (next.exitCode() != 0 || !next.out().contains("run " + id + " COMPLETED")) {
                return point + ": the next " + point.then() + " exited " + next.exitCode() + " (expected 0, run " + id
                        + "):\n" + next.out();
            }
            if (point.runRecorded() && !next.out().contains("recovered execution 1")) {
                return point + ": the killed run was not recovered:\n" + next.out();
            }
            Map<String, String> files = files(out);
            if (!files.equals(reference)) {
                return point + ": files differ from an uninterrupted run's: " + difference(files);
            }
            try (Stream<Path> staging = Files.list(out.resolve(".schema-builder/staging"))) {
                // A new run leaves the killed one (FAILED now) restartable, with its staging; a restart finishes it.
                long expected = point.then() == Then.RUN && point.runRecorded() ? 1 : 0;
                if (staging.count() != expected) {
                    return point + ": not " + expected + " run(s) staged once the run completed";
                }
            }
            try (Stream<Path> state = Files.list(out.resolve(".schema-builder"))) {
                List<String> leftovers = state.map(p -> p.getFileName().toString())
                        .filter(name -> name.contains("creating")).toList();
                if (!leftovers.isEmpty()) {
                    return point + ": a half-made repository left behind: " + leftovers;
                }
            }
            return null;
        } catch (Exception | AssertionError e) {
            return point + ": " + e;
        }
    }

    private String difference(Map<String, String> files) {
        List<String> lines = new ArrayList<>();
        for (String name : reference.keySet()) {
            if (!files.containsKey(name)) {
                lines.add("missing " + name);
            } else if (!files.get(name).equals(reference.get(name))) {
                lines.add("different " + name + ":\n" + files.get(name));
            }
        }
        files.keySet().stream().filter(name -> !reference.containsKey(name)).forEach(name -> lines.add("extra " + name));
        return String.join("\n", lines);
    }

    private Launcher.Result run(Path out, List<String> repository, String command) throws Exception {
        return Launcher.start(dir, FAST, arguments(out, repository, command)).await();
    }

    private String[] arguments(Path out, List<String> repository, String command) {
        List<String> arguments = new ArrayList<>(List.of(command, "--config", config.toString(), "--output-dir",
                out.toString(), "--chunk-size", "2"));
        arguments.addAll(repository);
        return arguments.toArray(String[]::new);
    }

    /**
     * Every file under schemas/ with its text, {@code generated_at} blanked (a schema.json in history/ under the
     * name {@code <version>.json}, since it is named by the time it was written).
     */
    private static Map<String, String> files(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out.resolve("schemas"))) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(file).toString().replaceAll("history/[^/]+\\.json$", "history/<version>.json");
                files.put(name, Files.readString(file).replaceFirst("\"generated_at\": \"[^\"]+\"",
                        "\"generated_at\": \"<time>\""));
            }
        }
        return files;
    }
}
