package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.source.config.ConfigException;
import io.schemabuilder.source.config.ConfigLoader;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A command that reads the job repository (history, show, stop, abandon, purge) and finds none where it looks: the
 * embedded repository of an output dir no run has written into. Says where it looked, why there, and how to point
 * the command elsewhere. Decided before the repository is opened, since opening it would make an empty one.
 *
 * @param stateDir where the repository would be
 * @param because  why the command looked there
 */
record MissingRepository(Path stateDir, String because) {

    /**
     * Empty when there is a repository to open (a --repository-url, or the embedded one in the output dir), and when
     * the config cannot be read (the command then reports that).
     */
    static Optional<MissingRepository> of(CommonOptions options) {
        if (options.repositoryUrl() != null) {
            return Optional.empty();
        }
        String because;
        Path outputDir;
        if (options.outputDir != null) {
            outputDir = options.outputDir;
            because = "the output dir given by --output-dir";
        } else if (options.config != null) {
            SchemaBuilderConfig config;
            try {
                // Its warnings and problems are printed when the command itself loads it.
                config = ConfigLoader.fromEnvironment().load(options.config);
            } catch (ConfigException | RuntimeException e) {
                return Optional.empty();
            }
            outputDir = config.outputDir() != null ? config.outputDir() : Path.of("out");
            because = config.outputDir() != null ? "the output_dir of " + options.config
                    : "the default output dir ./out: " + options.config + " sets no output_dir";
        } else {
            outputDir = Path.of("out");
            because = "the default output dir ./out: neither --config nor --output-dir was given";
        }
        Path stateDir = new RunLayout(outputDir).stateDir();
        if (Files.exists(stateDir.resolve("repository.mv.db"))) {
            return Optional.empty();
        }
        return Optional.of(new MissingRepository(stateDir.toAbsolutePath().normalize(), because));
    }

    /** For the commands that need a run to act on: exit 2 when there is no repository where they look. */
    static void require(CommonOptions options) {
        of(options).ifPresent(missing -> {
            throw new CommandFailure(ExitCodes.USAGE, missing.line());
        });
    }

    /** One line: where, why, and the options that point elsewhere. */
    String line() {
        return "no job repository in " + stateDir + " (" + because + "); to read the runs of another output dir,"
                + " give --config FILE (its output_dir), --output-dir DIR or --repository-url URL";
    }
}
