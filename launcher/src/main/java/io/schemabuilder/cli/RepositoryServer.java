package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.h2.tools.Server;

/**
 * While a run goes, the H2 repository file is open in the run's process only (H2 allows one process per file). The
 * run serves it to the commands that look at it meanwhile ({@code history}, {@code show}, {@code stop}, ...): an H2
 * TCP server on a random local port, which answers only to who knows this run's random key, written with the port
 * in {@code .schema-builder/repository.server} (readable by the file's owner only). The run deletes that file when it
 * ends; one left behind by a killed run names a port nobody answers on (or with another key), and
 * {@link RepositoryClient} then opens the file itself.
 */
final class RepositoryServer implements AutoCloseable {
    static final String FILE = "repository.server";

    /** Where a run's server listens, and the database name (a random key) it answers to. */
    record Address(String host, int port, String key) {
        String url() {
            return "jdbc:h2:tcp://" + host + ":" + port + "/" + key;
        }

        /**
         * Whether something listens there: one plain connect, refused at once when the run is gone (H2's own client
         * would try again for up to two seconds first).
         */
        boolean answers() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1_000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final Server server;
    private final Path file;

    private RepositoryServer(Server server, Path file) {
        this.server = server;
        this.file = file;
    }

    /**
     * The server listens on 127.0.0.1 only (H2 would listen on every interface and refuse others' connections).
     * H2 reads this once, when its first class loads: called before the run opens its repository.
     */
    static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Null for a PostgreSQL repository: its clients connect to PostgreSQL itself. */
    static RepositoryServer start(BatchApplication.Settings settings) {
        if (settings.repositoryUrl() != null) {
            return null;
        }
        RunLayout layout = settings.layout();
        String key = random();
        Path database = layout.stateDir().resolve("repository").toAbsolutePath();
        try {
            // -ifExists: the server opens no other database; without -tcpAllowOthers it answers local clients only.
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpPassword", random(), "-ifExists",
                    "-key", key, database.toString()).start();
            Path file = layout.stateDir().resolve(FILE);
            write(file, "host=127.0.0.1\nport=" + server.getPort() + "\nkey=" + key + "\npid="
                    + ProcessHandle.current().pid() + "\n");
            return new RepositoryServer(server, file);
        } catch (SQLException | IOException e) {
            // The run goes on without it: the commands that look at the repository wait for the run's end instead.
            System.err.println("warning: the job repository cannot be served to history/show/stop during this run: "
                    + Repositories.rootMessage(e));
            return null;
        }
    }

    /** The address a run wrote, if there is one (it may be stale: a killed run leaves it behind). */
    static Optional<Address> find(RunLayout layout) {
        Path file = layout.stateDir().resolve(FILE);
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new Address(properties.getProperty("host", "127.0.0.1"),
                    Integer.parseInt(properties.getProperty("port", "0")), properties.getProperty("key", "")));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temp);
        }
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** First the file goes (no new client comes), then the server (clients connected reconnect to the file). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file left behind is harmless: clients check that its server answers.
        }
        server.stop();
    }
}
