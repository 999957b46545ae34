package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.cli.serve.ServeFixture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code serve} as its own process (the packaged jar): it starts, answers, holds no repository file, and stops on SIGTERM. */
class ServeProcessIT {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void serveStartsAnswersAndStopsOnSigterm() throws Exception {
        Path out = ServeFixture.outputDir();
        Launcher.Running serve = Launcher.start(out.getParent(), Map.of(), "serve", "--output-dir", out.toString(),
                "--port", "0");
        try {
            serve.awaitLine("serving ");
            Matcher listening = LISTENING.matcher(String.join("\n", serve.lines()));
            assertThat(listening.find()).as(String.join("\n", serve.lines())).isTrue();
            int port = Integer.parseInt(listening.group(1));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> runs = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/runs/2")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(runs.statusCode()).isEqualTo(200);
            assertThat(runs.body()).contains("href=\"/runs/2\"").contains("FAILED");
            assertThat(api.body()).contains("\"status\": \"FAILED\"");
            // Between requests serve holds nothing of the embedded repository: another process may open the file.
            try (Connection free = DriverManager.getConnection("jdbc:h2:file:"
                    + out.resolve(".schema-builder/repository") + ";IFEXISTS=TRUE", "sa", "")) {
                assertThat(free.isValid(5)).isTrue();
            }

            serve.sigterm();
            assertThat(serve.awaitExit(30)).as("serve ends after SIGTERM").isTrue();
            assertThat(printed(serve, "serve: stopped")).as(String.join("\n", serve.lines())).isTrue();
            assertThat(listening(port)).as("port " + port + " is closed").isFalse();
        } finally {
            serve.kill9();
        }
    }

    /** Whether the process printed the line (its last lines may still be on their way to the reader). */
    private static boolean printed(Launcher.Running process, String line) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (process.lines().contains(line)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
