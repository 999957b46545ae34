package io.schemabuilder.source.config;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}}, {@code ${VAR:-default}} and Visivo's {@code {{ env_var('VAR') }}} in config values
 * with the environment's values.
 */
final class EnvironmentReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}"
                    + "|\\{\\{\\s*env_var\\(\\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]\\s*\\)\\s*}}");

    private final Function<String, String> environment;

    EnvironmentReferences(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * Leaves every reference as written: for a process that never reads the sources (a remote run's manager),
     * which must load the config without their secrets.
     */
    static EnvironmentReferences unresolved() {
        return new EnvironmentReferences(null);
    }

    /** True when references are left as written and the text holds one: its value is not known here. */
    boolean leftUnresolved(String text) {
        return environment == null && REFERENCE.matcher(text).find();
    }

    /** The text with every reference replaced (or as it is, when references are left unresolved). */
    String resolve(String text) throws UnsetVariableException {
        if (environment == null) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1) != null ? m.group(1) : m.group(3);
            String value = environment.apply(variable);
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new UnsetVariableException(variable);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static final class UnsetVariableException extends Exception {
        final String variable;

        UnsetVariableException(String variable) {
            super("environment variable " + variable + " is not set and has no default");
            this.variable = variable;
        }
    }
}
