package io.schemabuilder.cli;

import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.SourceProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One source's outcome of {@code check}: what it is ({@code probe}), or why it cannot be read ({@code failure}).
 *
 * @param warnings one-line notices the source gave on the way (a file read as windows-1252, no CSV file found)
 */
record SourceCheck(String name, String type, SourceProbe probe, SourceException failure, List<String> warnings,
                   Duration duration) {

    boolean ok() {
        return failure == null;
    }

    /**
     * {@code source warehouse: ok: PostgreSQL 15.20, 3 schemas, 1,204 tables visible, 0.1 s}; a failure is the
     * line a run prints for it: {@code source warehouse: auth: ...}.
     */
    String line() {
        if (!ok()) {
            return failure.oneLine();
        }
        StringBuilder line = new StringBuilder("source ").append(name).append(": ok: ").append(probe.kind());
        if (probe.schemas() != null) {
            line.append(", ").append(count(probe.schemas(), "schema"));
        }
        line.append(", ").append(count(probe.tables(), "table")).append(probe.schemas() != null ? " visible" : "");
        return line.append(", ").append(String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)).toString();
    }

    /** The source's entry of {@code check --json} (a contract, documented in README). */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("type", type);
        json.put("ok", ok());
        json.put("kind", ok() ? probe.kind() : null);
        json.put("schemas", ok() ? probe.schemas() : null);
        json.put("tables", ok() ? probe.tables() : null);
        json.put("duration_seconds", RunJson.seconds(duration));
        json.put("category", ok() ? null : failure.category().label());
        json.put("message", ok() ? null : failure.oneLine());
        json.put("warnings", warnings);
        return json;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
