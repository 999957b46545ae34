package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.cli.serve.OutputFolder;
import io.schemabuilder.cli.serve.Routes;
import io.schemabuilder.cli.serve.RunStore;
import io.schemabuilder.cli.serve.WebServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** Starts the web view for {@link ServeCommand} and keeps it up until the process is asked to end. */
public final class Serve {

    private Serve() {
    }

    static int serve(CommonOptions options, String bind, int port) throws InterruptedException {
        if (port < 0 || port > 65535) {
            // InetSocketAddress would throw an IllegalArgumentException: an internal error, exit 1.
            throw new CommandFailure(ExitCodes.USAGE, "--port " + port + ": not a port (0 to 65535; 0: any free port)");
        }
        RunLayout layout = options.layout();
        BatchApplication.Settings settings = options.settings(layout, 1, 1);
        Routes routes = routes(settings);
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) {
            throw new CommandFailure(ExitCodes.USAGE, "--bind " + bind + ": no such address");
        }
        WebServer server;
        try {
            server = WebServer.start(address, routes);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run the shutdown hooks: stop listening, finish the answers under way, then exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("serve: stopped");
            System.out.flush();
            stopped.countDown();
        }, "serve-stop"));
        InetSocketAddress bound = server.address();
        System.out.println("serving " + layout.outputDir().toAbsolutePath().normalize() + " (job repository "
                + Repositories.describe(settings) + ") on " + url(bind, bound));
        System.out.println("read-only; SIGTERM or Ctrl-C stops it");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** The web view of an output folder and its job repository (the embedded one when the URL is null). */
    public static Routes routes(RunLayout layout, String repositoryUrl) {
        return routes(new BatchApplication.Settings(layout, repositoryUrl, 1, 1, false, 0));
    }

    private static Routes routes(BatchApplication.Settings settings) {
        return new Routes(store(new RepositoryClient(settings)), new OutputFolder(settings.layout().outputDir()),
                settings.repositoryUrl() == null ? null : withoutPassword(settings.repositoryUrl()));
    }

    /**
     * Every read of the web view goes through the repository client of history and show: one short connection per
     * request, as a client of the run's server while a run is going, never a server itself.
     */
    private static RunStore store(RepositoryClient client) {
        return new RunStore(new RunStore.Reads() {
            @Override
            public <T> T read(Function<RunHistory, T> query, T whenNone) {
                try {
                    return client.read(query, whenNone);
                } catch (CommandFailure unreachable) {
                    throw new RunStore.Unavailable(unreachable.getMessage(), unreachable);
                }
            }
        });
    }

    /**
     * The URL for the restart command the run page shows: its query kept (a currentSchema or user matters to the
     * restart) but for a password, which the restart takes from SCHEMA_BUILDER_REPOSITORY_PASSWORD.
     */
    static String withoutPassword(String url) {
        return RestartHint.withoutPassword(url);
    }

    /**
     * The address to print: on every interface, the one asked for ({@code --bind 0.0.0.0}: the JDK reports a
     * dual-stack server as {@code [0:0:0:0:0:0:0:0]}, which names the same thing less clearly).
     */
    static String url(String bind, InetSocketAddress bound) {
        String host = bound.getAddress().isAnyLocalAddress() ? (bind.contains(":") ? "[" + bind + "]" : bind)
                : host(bound);
        return "http://" + host + ":" + bound.getPort() + "/";
    }

    private static String host(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
