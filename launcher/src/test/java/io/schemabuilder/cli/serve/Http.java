package io.schemabuilder.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket: the request line goes out byte for byte as written (a client library
 * would normalise {@code ../} away, and the traversal tests need it sent).
 */
final class Http {

    /** An answer: status, headers (names in lower case), body. */
    record Answer(int status, Map<String, String> headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final InetSocketAddress server;

    Http(InetSocketAddress server) {
        this.server = server;
    }

    Answer get(String target) throws IOException {
        return send("GET", target);
    }

    Answer send(String method, String target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server, 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String body = method.equals("POST") || method.equals("PUT") ? "x=1" : "";
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (body.isEmpty() ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.length() + "\r\n") + "\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream(), method.equals("HEAD"));
        }
    }

    private static Answer parse(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        if (head) {
            return new Answer(status, headers, new byte[0]);
        }
        String length = headers.get("content-length");
        byte[] bytes;
        if (length != null) {
            bytes = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            bytes = body.toByteArray();
        } else {
            bytes = in.readAllBytes();
        }
        return new Answer(status, headers, bytes);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
