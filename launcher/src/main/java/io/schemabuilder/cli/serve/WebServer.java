package io.schemabuilder.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's own HTTP server (module jdk.httpserver) in front of {@link Routes}: no web framework, and nothing of it
 * is loaded by the other commands. Every answer carries a content security policy that allows only this server's
 * own style sheet, script and images, so that even a name that slipped through escaping could run nothing.
 */
public final class WebServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> EVERY_ANSWER = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private WebServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on the address (port 0: a free one) and answers with the routes until {@link #close}. */
    public static WebServer start(InetSocketAddress address, Routes routes) throws IOException {
        HttpServer server = HttpServer.create(address, 50);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "serve-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, routes));
        server.start();
        return new WebServer(server, executor);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, Routes routes) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Response response = routes.handle(method, exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
            var headers = exchange.getResponseHeaders();
            EVERY_ANSWER.forEach(headers::set);
            response.headers().forEach(headers::set);
            headers.set("Content-Type", response.contentType());
            if (method.equals("HEAD")) {
                headers.set("Content-Length", String.valueOf(response.body().length));
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(response.body());
            }
        }
    }

    /** Stops listening, lets answers under way finish (at most a second), and ends the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
