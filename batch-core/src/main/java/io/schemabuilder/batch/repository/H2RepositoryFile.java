package io.schemabuilder.batch.repository;

import io.schemabuilder.batch.job.FaultInjection;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates an H2 file repository ({@code jdbc:h2:file:<base>}, the file {@code <base>.mv.db}) so that the file either
 * does not exist or is complete, whenever the process is killed: the tables are made in
 * {@code <base>.creating-<pid>.mv.db}, that database is closed and fsynced, then hard-linked to its real name (one
 * atomic step, which never replaces a file: a creator that comes second keeps the first one's), then its temporary
 * name removed. Files left by a creator that died are deleted by the next one. Called before the pool opens the URL
 * (H2 would otherwise create an empty file in place); the context's {@link JobRepositorySchema} then checks it.
 */
public final class H2RepositoryFile {
    private static final String PREFIX = "jdbc:h2:file:";

    private H2RepositoryFile() {
    }

    /** Creates the file database that {@code url} names unless it exists; any other URL is left alone. */
    public static void ensureExists(String url, Properties credentials) throws SQLException, IOException {
        if (!url.startsWith(PREFIX)) {
            return;
        }
        int options = url.indexOf(';');
        String path = url.substring(PREFIX.length(), options < 0 ? url.length() : options);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        ensureExists(Path.of(path).toAbsolutePath(), credentials);
    }

    /** Creates {@code <base>.mv.db} unless it exists. */
    public static void ensureExists(Path base, Properties credentials) throws SQLException, IOException {
        Path dir = base.getParent();
        String name = base.getFileName().toString();
        Path target = dir.resolve(name + ".mv.db");
        Files.createDirectories(dir);
        deleteLeftovers(dir, name); // also those of a creator killed after it linked its file into place
        if (Files.exists(target)) {
            return;
        }
        Path creating = dir.resolve(name + ".creating-" + ProcessHandle.current().pid());
        Path temp = dir.resolve(creating.getFileName() + ".mv.db");
        // The database closes with its only connection: the file is then whole, and nothing holds it open.
        try (Connection connection = JdbcDrivers.connect(PREFIX + creating, credentials)) {
            JobRepositorySchema.create(connection, BatchSchemaScript.of("h2"));
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        FaultInjection.reached(FaultInjection.Point.REPOSITORY_PLACE, "h2", 1);
        place(temp, target);
        FaultInjection.reached(FaultInjection.Point.REPOSITORY_PLACE, "h2", 2);
        Files.deleteIfExists(temp);
    }

    private static void place(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            return; // made meanwhile by another process: complete too
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without hard links: a rename is as atomic (only a rare race could then replace a
            // repository made a moment before by another creator, and it would hold no run yet).
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        syncDirectory(target.getParent());
    }

    /** Temporary files of creators that are no longer running (killed half-way); one directory listing. */
    private static void deleteLeftovers(Path dir, String name) throws IOException {
        Pattern creating = Pattern.compile(Pattern.quote(name) + "\\.creating-(\\d+)\\..*");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                var m = creating.matcher(file.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform lets a folder be opened for this; the link is then durable at the next sync.
        }
    }
}
