package io.schemabuilder.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The style sheet, script and icon the pages use, bundled in the jar: the pages fetch nothing from elsewhere and
 * work offline. Served by a fixed name: a request never names a resource path.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "serve.css", "text/css; charset=utf-8",
            "serve.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private Assets() {
    }

    static Optional<Response> get(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Response(200, type, in.readAllBytes(), Map.of("Cache-Control", "max-age=300")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
