package io.schemabuilder.cli.serve;

import io.schemabuilder.cli.SchemaBuilderMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One output folder for every test of the web view, made once per test JVM by two real runs in this JVM (about the
 * time of two Spring starts):
 * <ul>
 *   <li>run 1 COMPLETED: source {@code shop} (SQLite: orders, customers, and a table named
 *       {@code <img src=x onerror=alert(1)>} whose column is {@code <script>alert('c')</script>}) and source
 *       {@code ledger} (a folder of CSV files);</li>
 *   <li>run 2 FAILED: {@code shop} changed (a column added to orders, a table refunds added: a second kept version and
 *       changes.json); {@code ledger}'s folder is gone, so it fails ({@code not_found}) and keeps its schema.json.</li>
 * </ul>
 * Plus a link {@code schemas/outside} to a folder outside {@code schemas/} holding a schema.json, which must never be
 * served.
 */
public final class ServeFixture {
    public static final String XSS_TABLE = "<img src=x onerror=alert(1)>";
    public static final String XSS_COLUMN = "<script>alert('c')</script>";

    private static Path folder;

    private ServeFixture() {
    }

    /** The folder holding sources.yml and out/ (the output folder). */
    public static synchronized Path folder() throws Exception {
        if (folder == null) {
            folder = build(Path.of("target/serve-fixture").toAbsolutePath());
        }
        return folder;
    }

    public static Path outputDir() throws Exception {
        return folder().resolve("out");
    }

    public static Path config() throws Exception {
        return folder().resolve("sources.yml");
    }

    private static Path build(Path dir) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("ledger"));
        Files.writeString(dir.resolve("ledger/entries.csv"), "id,amount,booked_on\n1,9.50,2025-01-15\n");
        Files.writeString(dir.resolve("sources.yml"), """
                output_dir: out
                sources:
                  - name: shop
                    type: sqlite
                    database: shop.db
                  - name: ledger
                    type: csv
                    path: ledger
                """);
        sqlite(dir, "CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC(10,2) NOT NULL, customer_id INTEGER)",
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100))",
                "CREATE TABLE \"" + XSS_TABLE + "\" (\"" + XSS_COLUMN + "\" TEXT)");
        run(dir, 0);
        // Kept versions are named after the second they were written in: the next run writes in a later one.
        Instant first = Instant.now();
        while (Instant.now().getEpochSecond() == first.getEpochSecond()) {
            Thread.sleep(50);
        }
        sqlite(dir, "ALTER TABLE orders ADD COLUMN note TEXT", "CREATE TABLE refunds (id INTEGER, order_id INTEGER)");
        deleteRecursively(dir.resolve("ledger"));
        run(dir, 1);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(dir.resolve("out/schemas/shop/schema.json"), outside.resolve("schema.json"));
        Files.createSymbolicLink(dir.resolve("out/schemas/outside"), outside);
        return dir;
    }

    private static void sqlite(Path dir, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void run(Path dir, int expectedExit) {
        String[] args = {"run", "--config", dir.resolve("sources.yml").toString()};
        Output output = capture(args);
        if (output.exitCode() != expectedExit) {
            throw new AssertionError("fixture run exited " + output.exitCode() + ", expected " + expectedExit + ":\n"
                    + output.text());
        }
    }

    /** What a command printed (standard output and error), run in this JVM. */
    public record Output(int exitCode, String text) {
    }

    public static synchronized Output capture(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            int code = SchemaBuilderMain.execute(args);
            return new Output(code, bytes.toString(StandardCharsets.UTF_8) + errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Standard output alone (for --json). */
    public static synchronized String stdout(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            SchemaBuilderMain.execute(args);
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
