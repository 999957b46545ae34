package io.schemabuilder.source.config;

import java.util.List;

/** The config file is not valid: one line per problem, each naming the file, the source and the field. */
public class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
