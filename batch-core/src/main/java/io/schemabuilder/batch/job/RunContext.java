package io.schemabuilder.batch.job;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.util.List;

/**
 * What every part of one run needs: the loaded config (secrets resolved from the environment, in memory only),
 * where files go, and which sources the run reads.
 */
public record RunContext(String runId, SchemaBuilderConfig config, RunLayout layout, List<String> sourceNames,
                         RunProgress progress, boolean fullRefresh, boolean workerConfig) {

    public RunContext {
        sourceNames = List.copyOf(sourceNames);
    }

    /** The run's own config (not a remote worker's). */
    public RunContext(String runId, SchemaBuilderConfig config, RunLayout layout, List<String> sourceNames,
                      RunProgress progress, boolean fullRefresh) {
        this(runId, config, layout, sourceNames, progress, fullRefresh, false);
    }

    public SourceConfig source(String name) {
        if (workerConfig) { // a remote worker reads only the sources its own config defines (with their secrets)
            return config.source(name).orElseThrow(() -> new SourceException(name, ErrorCategory.CONFIG,
                    "not in the config of the worker that took it (" + config.file() + "): define it there too"));
        }
        return config.source(name).orElseThrow(() -> new IllegalStateException(
                "source '" + name + "' is no longer in " + config.file() + "; run without restart"));
    }
}
