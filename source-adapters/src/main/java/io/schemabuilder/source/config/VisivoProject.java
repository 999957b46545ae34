package io.schemabuilder.source.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Visivo project file ({@code project.visivo.yml}) as a config: its {@code sources:} become ours, every other
 * top-level key (dashboards, traces, models, ...) is ignored. A Visivo source's fields are ours under the same names
 * ({@code file:} for csv and xls, {@code {{ env_var('X') }}} for secrets); {@code xls} reads as {@code excel}; a
 * Visivo source type this tool cannot read (bigquery) is reported as such. Sources in files the project includes
 * are read too ({@link VisivoIncludes}).
 */
final class VisivoProject {
    /** Keys that only Visivo's own project files have at the top. */
    private static final Set<String> PROJECT_KEYS = Set.of("dashboards", "traces", "charts", "models", "tables",
            "selectors", "defaults", "includes", "cli_version", "destinations", "alerts", "inputs", "insights");
    /** Source options that matter to Visivo's queries but not to reading a catalog. */
    private static final Set<String> QUERY_ONLY_KEYS = Set.of("connection_pool_size", "timezone", "after_sql",
            "before_sql", "attach", "read_only");
    private static final Map<String, String> TYPES = Map.of("postgresql", "postgresql", "mysql", "mysql",
            "sqlite", "sqlite", "duckdb", "duckdb", "snowflake", "snowflake", "redshift", "redshift",
            "clickhouse", "clickhouse", "csv", "csv", "xls", "excel", "excel", "excel");

    private VisivoProject() {
    }

    static boolean isProject(Path file, Map<?, ?> top) {
        String name = file.getFileName().toString();
        return name.endsWith(".visivo.yml") || name.endsWith(".visivo.yaml")
                || top.keySet().stream().anyMatch(PROJECT_KEYS::contains);
    }

    /**
     * The sources of the project and of the files it includes, in our config's shape; an unsupported source is a
     * problem (named by file and source).
     */
    static List<SourceEntry> sources(List<VisivoIncludes.ProjectFile> files, List<String> problems) {
        List<SourceEntry> sources = new ArrayList<>();
        for (VisivoIncludes.ProjectFile file : files) {
            Object value = file.document().get("sources");
            if (value == null) {
                continue;
            }
            if (!(value instanceof List<?> entries)) {
                problems.add(file.shownAs() + ": field 'sources': must be a list of sources");
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                Object translated = translate(entries.get(i), file.shownAs() + ": ", problems);
                if (translated != null) {
                    sources.add(new SourceEntry(translated, i + 1, file.shownAs(), file.file().getParent()));
                }
            }
        }
        return sources;
    }

    /** One Visivo source as ours; null when its type is one this tool cannot read (a problem says so). */
    private static Object translate(Object entry, String prefix, List<String> problems) {
        if (!(entry instanceof Map<?, ?> source)) {
            return entry;
        }
        Map<String, Object> translated = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            if (!QUERY_ONLY_KEYS.contains(String.valueOf(k))) {
                translated.put(String.valueOf(k), v);
            }
        });
        Object type = source.get("type");
        if (type != null) {
            String ours = TYPES.get(String.valueOf(type).trim().toLowerCase(java.util.Locale.ROOT));
            if (ours == null) {
                problems.add(prefix + "source '" + source.get("name") + "': field 'type': Visivo source type '"
                        + type + "' is not supported by schema-builder (supported: "
                        + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ")");
                return null;
            }
            translated.put("type", ours);
        }
        return translated;
    }
}
