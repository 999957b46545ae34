package io.schemabuilder.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the server answers: a status, a content type, the body, and any headers beyond the ones every answer has. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    static Response html(int status, String page) {
        return new Response(status, HTML, page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response json(int status, String json) {
        return new Response(status, JSON, (json + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
