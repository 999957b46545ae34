package io.schemabuilder.cli.serve;

import java.util.Set;

/**
 * A source's failure line ({@code source <name>: <category>: <cause>}) split for the run page.
 *
 * @param category one of the run's failure categories, or null when the line names none
 */
record Failure(String category, String cause) {
    private static final Set<String> CATEGORIES = Set.of("config", "connect", "auth", "permission", "not_found",
            "malformed_input", "unsupported", "internal");

    static Failure of(String source, String message) {
        String prefix = "source " + source + ": ";
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        int colon = rest.indexOf(": ");
        if (colon > 0 && CATEGORIES.contains(rest.substring(0, colon))) {
            return new Failure(rest.substring(0, colon), rest.substring(colon + 2));
        }
        return new Failure(null, rest);
    }
}
