package io.schemabuilder.source.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of one YAML mapping, resolving environment references, and records a problem, rather
 * than throwing, for each field that is missing or malformed, so that one pass reports them all.
 */
final class Fields {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private final Map<?, ?> map;
    private final String where;
    private final List<String> problems;
    private final EnvironmentReferences environment;
    private final Set<String> read = new LinkedHashSet<>();

    Fields(Map<?, ?> map, String where, List<String> problems, EnvironmentReferences environment) {
        this.map = map;
        this.where = where;
        this.problems = problems;
        this.environment = environment;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    void problem(String key, String message) {
        problems.add(where + "field '" + key + "': " + message);
    }

    String string(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problem(key, "must be a single value, not a " + (value instanceof Map ? "mapping" : "list"));
            return null;
        }
        return resolve(key, String.valueOf(value));
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null && !map.containsKey(key)) {
            problem(key, "is required");
        } else if (value != null && value.isBlank()) {
            problem(key, "must not be empty");
            return null;
        }
        return value;
    }

    Secret secret(String key) {
        String value = string(key);
        return value == null ? null : new Secret(value);
    }

    /**
     * True when the value is a reference left unresolved ({@link ConfigLoader#withReferencesUnresolved}): a typed
     * field then counts as absent, its value being known only where the source is read.
     */
    boolean unresolved(String text) {
        return text != null && environment.leftUnresolved(text);
    }

    Integer integer(String key, int min, int max) {
        String text = string(key);
        if (text == null || unresolved(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                problem(key, "must be between " + min + " and " + max + ", got " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "must be a whole number, got '" + text + "'");
            return null;
        }
    }

    Boolean bool(String key) {
        String text = string(key);
        if (text == null || unresolved(text)) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problem(key, "must be true or false, got '" + text + "'");
                yield null;
            }
        };
    }

    Character character(String key) {
        String text = string(key);
        if (text == null || unresolved(text)) {
            return null;
        }
        String value = unescape(text);
        if (value.length() != 1) {
            problem(key, "must be one character, got '" + text + "'");
            return null;
        }
        return value.charAt(0);
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item instanceof Map || item instanceof List) {
                problem(key, "must be a list of names");
                return List.of();
            }
            String resolved = resolve(key, String.valueOf(item));
            if (resolved != null) {
                out.add(resolved);
            }
        }
        return out;
    }

    /** A nested mapping, read with its own Fields (whose unknown keys are reported under {@code key.}). */
    Fields nested(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> nested)) {
            problem(key, "must be a mapping");
            return null;
        }
        return new Fields(nested, where + "field '" + key + "': ", problems, environment);
    }

    /** A mapping of plain string values, e.g. JDBC driver properties. */
    Map<String, String> stringMap(String key) {
        Object value = raw(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> nested)) {
            problem(key, "must be a mapping of names to values");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : nested.entrySet()) {
            String resolved = resolve(key + "." + e.getKey(), String.valueOf(e.getValue()));
            if (resolved != null) {
                out.put(String.valueOf(e.getKey()), resolved);
            }
        }
        return out;
    }

    /** {@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h}, or a bare number of seconds. */
    Duration duration(String key) {
        String text = string(key);
        if (text == null || unresolved(text)) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            problem(key, "must be a duration such as 10s, 5m or 250ms, got '" + text + "'");
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** Reports every key of the mapping that no read asked for. */
    void rejectUnknown() {
        for (Object key : map.keySet()) {
            if (!read.contains(String.valueOf(key))) {
                problems.add(where + "field '" + key + "': unknown field");
            }
        }
    }

    /** Marks keys as known without reading them (e.g. the ones the caller read already). */
    void accept(String... keys) {
        read.addAll(List.of(keys));
    }

    private Object raw(String key) {
        read.add(key);
        return map.get(key);
    }

    private String resolve(String key, String text) {
        try {
            return environment.resolve(text);
        } catch (EnvironmentReferences.UnsetVariableException e) {
            problem(key, e.getMessage());
            return null;
        }
    }

    private static String unescape(String text) {
        return switch (text) {
            case "\\t", "tab" -> "\t";
            default -> text;
        };
    }
}
