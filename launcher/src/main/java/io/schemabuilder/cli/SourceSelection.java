package io.schemabuilder.cli;

import io.schemabuilder.source.config.SchemaBuilderConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.util.ArrayList;
import java.util.List;

/** The sources a command's {@code --sources a,b} selects, in the config's order; exit 2 for a name it lacks. */
final class SourceSelection {

    private SourceSelection() {
    }

    /** @param names null or empty: every source */
    static List<String> of(SchemaBuilderConfig config, List<String> names) {
        List<String> all = config.sources().stream().map(SourceConfig::name).toList();
        if (names == null || names.isEmpty()) {
            return all;
        }
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!all.contains(name)) {
                problems.add(config.file() + ": --sources: no source named '" + name + "' (sources: "
                        + String.join(", ", all) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new CommandFailure(ExitCodes.USAGE, problems);
        }
        return all.stream().filter(names::contains).toList();
    }
}
