package io.schemabuilder.batch.job;

import io.schemabuilder.source.config.SchemaBuilderConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.util.List;

/**
 * What every part of one run needs: the loaded config (secrets resolved from the environment, in memory only),
 * where files go, and which sources the run reads.
 */
public record RunContext(String runId, SchemaBuilderConfig config, RunLayout layout, List<String> sourceNames,
                         RunProgress progress, boolean fullRefresh) {

    public RunContext {
        sourceNames = List.copyOf(sourceNames);
    }

    public SourceConfig source(String name) {
        return config.source(name).orElseThrow(() -> new IllegalStateException(
                "source '" + name + "' is no longer in " + config.file() + "; run without restart"));
    }
}
