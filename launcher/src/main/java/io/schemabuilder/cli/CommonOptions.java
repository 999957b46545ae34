package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.source.config.ConfigException;
import io.schemabuilder.source.config.ConfigLoader;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the job repository. */
public class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "The sources file (YAML).")
    Path config;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where schemas/ and the run state go (default: the config's output_dir, else ./out).")
    Path outputDir;

    @Option(names = "--repository-url", paramLabel = "URL",
            description = "A PostgreSQL JDBC URL for the job repository (default: an H2 file in the output dir;"
                    + " env SCHEMA_BUILDER_REPOSITORY_URL).")
    String repositoryUrl;

    @Option(names = "--debug", description = "Print logs and stack traces on the console.")
    boolean debug;

    /** The config, validated; exit 2 with one line per problem when it is not valid. */
    SchemaBuilderConfig loadConfig() {
        return loadConfig(config);
    }

    /**
     * For a remote run's manager: the config with its {@code ${VAR}} references left as written (the manager never
     * reads a source, and runs without the sources' secrets); otherwise validated as {@link #loadConfig()}.
     */
    SchemaBuilderConfig loadConfigUnresolved() {
        return loadConfig(config, ConfigLoader.withReferencesUnresolved());
    }

    /**
     * The config file, validated; exit 2 with one line per problem when it is missing or not valid. Its warnings go
     * to standard error, so that they never mix with a command's JSON.
     */
    static SchemaBuilderConfig loadConfig(Path config) {
        return loadConfig(config, ConfigLoader.fromEnvironment());
    }

    private static SchemaBuilderConfig loadConfig(Path config, ConfigLoader loader) {
        if (config == null) {
            throw new CommandFailure(ExitCodes.USAGE, "missing --config FILE");
        }
        try {
            SchemaBuilderConfig loaded = loader.load(config);
            loaded.warnings().forEach(warning -> System.err.println("warning: " + warning));
            return loaded;
        } catch (ConfigException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.problems());
        }
    }

    /** --output-dir, else the config's output_dir, else ./out. */
    RunLayout layout(SchemaBuilderConfig loaded) {
        if (outputDir != null) {
            return new RunLayout(outputDir);
        }
        if (loaded != null && loaded.outputDir() != null) {
            return new RunLayout(loaded.outputDir());
        }
        return new RunLayout(Path.of("out"));
    }

    /** For commands where the config is optional: it only tells where the output folder is. */
    RunLayout layout() {
        return layout(config == null ? null : loadConfig());
    }

    String repositoryUrl() {
        if (repositoryUrl != null) {
            return repositoryUrl;
        }
        String fromEnvironment = System.getenv("SCHEMA_BUILDER_REPOSITORY_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    @Option(names = "--keep-versions", paramLabel = "K", defaultValue = "7",
            description = "Versions of each schema.json kept in schemas/{source}/history/ (default 7; 0 keeps none).")
    int keepVersions;

    BatchApplication.Settings settings(RunLayout layout, int parallel, int chunkSize) {
        return new BatchApplication.Settings(layout, repositoryUrl(), parallel, chunkSize, debug, keepVersions);
    }
}
