package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.cli.serve.OutputFolder;
import io.schemabuilder.cli.serve.Routes;
import io.schemabuilder.cli.serve.RunStore;
import io.schemabuilder.cli.serve.WebServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** Starts the web view for {@link ServeCommand} and keeps it up until the process is asked to end. */
public final class Serve {

    private Serve() {
    }

    static int serve(CommonOptions options, String bind, int port) throws InterruptedException {
        if (!options.debug) {
            QuietLogs.off(); // no Spring context here to send the libraries' logs to a file
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
                + Repositories.describe(settings) + ") on http://" + host(bound) + ":" + bound.getPort() + "/");
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
        return new Routes(RunStore.overConnection(address(settings)), new OutputFolder(settings.layout().outputDir()),
                settings.repositoryUrl() == null ? null : withoutPassword(settings.repositoryUrl()));
    }

    /**
     * The URL for the restart command the run page shows: its query kept (a currentSchema or user matters to the
     * restart) but for a password, which the restart takes from SCHEMA_BUILDER_REPOSITORY_PASSWORD.
     */
    static String withoutPassword(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.toLowerCase(java.util.Locale.ROOT).startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String host(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The repository's URL and credentials as the commands that start Spring use them. */
    private static RunStore.Address address(BatchApplication.Settings settings) {
        Map<String, Object> dataSource = Repositories.dataSourceProperties(settings);
        Properties credentials = new Properties();
        if (dataSource.get("spring.datasource.username") != null) {
            credentials.setProperty("user", String.valueOf(dataSource.get("spring.datasource.username")));
        }
        if (dataSource.get("spring.datasource.password") != null) {
            credentials.setProperty("password", String.valueOf(dataSource.get("spring.datasource.password")));
        }
        String url = String.valueOf(dataSource.get("spring.datasource.url"));
        if (url.startsWith("jdbc:postgresql:")) {
            credentials.setProperty("connectTimeout", "5");
            credentials.setProperty("socketTimeout", "30");
        }
        return new RunStore.Address(url, credentials, settings.repositoryUrl() == null
                ? settings.layout().stateDir().resolve("repository.mv.db") : null, Repositories.describe(settings));
    }
}
