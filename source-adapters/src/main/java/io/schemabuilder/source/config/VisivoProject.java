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
 * Visivo source type this tool cannot read (bigquery) is reported as such.
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

    /** The project's sources in our config's shape; an unsupported source is a problem (named by file and source). */
    static Map<String, Object> translate(Map<?, ?> project, String prefix, List<String> problems) {
        List<Object> sources = new ArrayList<>();
        Object value = project.get("sources");
        if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> source)) {
                    sources.add(entry);
                    continue;
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
                        continue;
                    }
                    translated.put("type", ours);
                }
                sources.add(translated);
            }
        } else if (value != null) {
            sources = null;
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("sources", sources == null ? value : sources);
        return config;
    }
}
