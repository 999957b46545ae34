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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates the embedded H2 repository {@code {state}/repository.mv.db} so that it either does not exist or is
 * complete, whenever the process is killed: the tables are made in {@code repository.creating-<pid>.mv.db}, that
 * database is closed and fsynced, then hard-linked to its real name (one atomic step, which never replaces a
 * file), then its temporary name removed. Files left by a creator that died are deleted by the next one.
 */
public final class H2RepositoryFile {
    private static final Pattern CREATING = Pattern.compile("repository\\.creating-(\\d+)\\..*");

    private H2RepositoryFile() {
    }

    /** The database file for the JDBC base path {@code {state}/repository}. */
    public static Path file(Path stateDir) {
        return stateDir.resolve("repository.mv.db");
    }

    /** Creates the repository unless its file exists (then the context's {@link JobRepositorySchema} checks it). */
    public static void ensureExists(Path stateDir, String user, String password) throws SQLException, IOException {
        Path target = file(stateDir);
        Files.createDirectories(stateDir);
        deleteLeftovers(stateDir); // also those of a creator killed after it linked its file into place
        if (Files.exists(target)) {
            return;
        }
        long pid = ProcessHandle.current().pid();
        Path base = stateDir.resolve("repository.creating-" + pid);
        Path temp = stateDir.resolve(base.getFileName() + ".mv.db");
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // The database closes with its only connection: the file is then whole, and nothing holds it open.
        try (Connection connection = JdbcDrivers.connect("jdbc:h2:file:" + base, credentials)) {
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
            // A file system without hard links: a rename is as atomic (and only this process creates it).
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        syncDirectory(target.getParent());
    }

    /** Temporary files of creators that are no longer running (killed half-way); one directory listing. */
    private static void deleteLeftovers(Path stateDir) throws IOException {
        try (Stream<Path> files = Files.list(stateDir)) {
            for (Path file : files.toList()) {
                Matcher m = CREATING.matcher(file.getFileName().toString());
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
