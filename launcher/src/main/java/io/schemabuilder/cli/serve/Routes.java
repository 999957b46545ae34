package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.output.JsonStyle;
import io.schemabuilder.cli.RunJson;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which page or document a request gets. Read-only: GET and HEAD, any other method is 405. The path is taken apart
 * into its segments before anything else, and a segment that is empty, {@code .} or {@code ..}, or holds a slash
 * or a backslash once decoded ({@code %2e%2e}, {@code %2f}) is refused: nothing of a path reaches the file system
 * but names looked up in {@link OutputFolder}'s listings.
 */
public final class Routes {
    private final RunStore store;
    private final OutputFolder folder;
    private final String repositoryUrl;
    private final int pageSize;

    /** @param repositoryUrl what the restart command passes as --repository-url, or null (embedded) */
    public Routes(RunStore store, OutputFolder folder, String repositoryUrl) {
        this(store, folder, repositoryUrl, RunsPage.PAGE_SIZE);
    }

    private Routes(RunStore store, OutputFolder folder, String repositoryUrl, int pageSize) {
        this.store = store;
        this.folder = folder;
        this.repositoryUrl = repositoryUrl;
        this.pageSize = pageSize;
    }

    /** What the restart command passes as --repository-url (null: the embedded repository). */
    String restartRepositoryUrl() {
        return repositoryUrl;
    }

    /** The same view with another number of runs per page (tests page through a short history). */
    Routes withPageSize(int runsPerPage) {
        return new Routes(store, folder, repositoryUrl, runsPerPage);
    }

    public Response handle(String method, String rawPath, String rawQuery) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Response(405, "text/plain; charset=utf-8",
                    ("method " + method + " not allowed: this view is read-only\n").getBytes(StandardCharsets.UTF_8),
                    Map.of("Allow", "GET, HEAD"));
        }
        Optional<List<String>> segments = segments(rawPath);
        Map<String, String> query = query(rawQuery);
        if (segments.isEmpty() || query == null) {
            return notFound(rawPath);
        }
        List<String> path = segments.get();
        boolean api = !path.isEmpty() && path.get(0).equals("api");
        try {
            return route(path, query).orElseGet(() -> notFound(rawPath));
        } catch (RunStore.Unavailable e) {
            return api ? Response.json(503, error(e.getMessage()))
                    : Response.html(503, errorPage("Job repository unavailable", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            String message = "cannot read " + rawPath + ": " + e.getMessage();
            System.err.println("serve: " + message);
            return api ? Response.json(500, error(message)) : Response.html(500, errorPage("Error", message));
        }
    }

    private Optional<Response> route(List<String> path, Map<String, String> query) throws IOException {
        int size = path.size();
        String first = size == 0 ? "" : path.get(0);
        return switch (first) {
            case "", "runs" -> size == 0 || size == 1 ? Optional.of(runs(query))
                    : size == 2 ? id(path.get(1)).flatMap(this::run) : Optional.empty();
            case "sources" -> size == 1 ? Optional.of(sources())
                    : size == 2 ? source(path.get(1), query) : Optional.empty();
            case "api" -> api(path.subList(1, size), query);
            case "static" -> size == 2 ? Assets.get(path.get(1)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Response runs(Map<String, String> query) {
        int page = Math.max(0, number(query.get("page"), 0));
        int wanted = (page + 1) * pageSize + 1;
        List<RunRecord> runs = store.read(history -> history.recent(wanted), List.of());
        int from = Math.min(runs.size(), page * pageSize);
        int to = Math.min(runs.size(), from + pageSize);
        return Response.html(200, RunsPage.render(runs.subList(from, to), page, runs.size() > to, Instant.now()));
    }

    private Optional<Response> run(long id) {
        return store.read(history -> history.find(id), Optional.<RunRecord>empty())
                .map(run -> Response.html(200, RunPage.render(run, folder.sources(), repositoryUrl, Instant.now())));
    }

    private Response sources() {
        return Response.html(200, SourcesPage.render(folder, recentRuns()));
    }

    private Optional<Response> source(String name, Map<String, String> query) throws IOException {
        if (folder.schemaFile(name).isEmpty()) {
            return Optional.empty();
        }
        SourcePage.Query request = new SourcePage.Query(query.get("q"), query.get("old"), query.get("new"));
        return Optional.of(Response.html(200, SourcePage.render(name, folder, recentRuns().last(name), request)));
    }

    private SourceRuns recentRuns() {
        return new SourceRuns(store.read(history -> history.recent(SourceRuns.RUNS_READ), List.of()));
    }

    /** The JSON documents: the shapes of history --json and show --json, and schema.json as written. */
    private Optional<Response> api(List<String> path, Map<String, String> query) throws IOException {
        if (path.size() == 1 && path.get(0).equals("runs")) {
            int limit = Math.min(1000, Math.max(1, number(query.get("limit"), 20)));
            return Optional.of(Response.json(200, RunJson.of(store.read(history -> history.recent(limit), List.of()))));
        }
        if (path.size() == 2 && path.get(0).equals("runs")) {
            Optional<Long> id = id(path.get(1));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(store.read(history -> history.find(id.get()), Optional.<RunRecord>empty())
                    .map(run -> Response.json(200, RunJson.of(run)))
                    .orElseGet(() -> Response.json(404, error("no execution " + id.get() + " in the job repository"))));
        }
        if (path.size() == 3 && path.get(0).equals("sources") && path.get(2).equals("schema")) {
            Optional<Path> schema = folder.schemaFile(path.get(1));
            if (schema.isEmpty()) {
                return Optional.of(Response.json(404, error("no schema.json of source " + path.get(1))));
            }
            return Optional.of(new Response(200, Response.JSON, Files.readAllBytes(schema.get()), Map.of()));
        }
        return Optional.empty();
    }

    /**
     * The decoded segments of a path, or empty when one is not a plain name: a traversal ({@code ..}, encoded or
     * not), an encoded slash, a NUL or a bad escape.
     */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        String rest = rawPath.substring(1);
        if (rest.isEmpty()) {
            return Optional.of(segments);
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        for (String raw : rest.split("/", -1)) {
            String segment;
            try {
                segment = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("/")
                    || segment.contains("\\") || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(segments);
    }

    /** A query string's fields (the first of each name); null when it cannot be decoded. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> fields = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return fields;
    }

    private static Optional<Long> id(String segment) {
        return segment.matches("\\d{1,18}") ? Optional.of(Long.parseLong(segment)) : Optional.empty();
    }

    private static int number(String value, int otherwise) {
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : otherwise;
    }

    private Response notFound(String rawPath) {
        return rawPath != null && rawPath.startsWith("/api/") ? Response.json(404, error("not found"))
                : Response.html(404, errorPage("Not found", "There is no page at this address."));
    }

    private static String error(String message) {
        return JsonStyle.writer().writeValueAsString(Map.of("error", message));
    }

    private static String errorPage(String title, String message) {
        return Layout.page(title, null, false, new Html().raw("<h1>").text(title).raw("</h1>\n<p class=\"error\">")
                .text(message).raw("</p>\n<p><a href=\"/\">Runs</a> &middot; <a href=\"/sources\">Sources</a></p>\n"));
    }
}
