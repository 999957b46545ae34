package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A command that reads the job repository (history, show, stop, abandon, purge) found none where it looked: the
 * embedded repository of an output dir no run has written into. Says where it looked, why there, and how to point
 * the command elsewhere; and nothing is created (opening the repository would make an empty one).
 *
 * @param stateDir where the repository would be
 * @param because  why the command looked there
 */
record MissingRepository(Path stateDir, String because) {

    /** Empty when there is a repository to open: a --repository-url, or the embedded one in the output dir. */
    static Optional<MissingRepository> of(CommonOptions options, RunLayout layout) {
        if (options.repositoryUrl() != null || Files.exists(layout.stateDir().resolve("repository.mv.db"))) {
            return Optional.empty();
        }
        return Optional.of(new MissingRepository(layout.stateDir().toAbsolutePath().normalize(),
                because(options, layout)));
    }

    private static String because(CommonOptions options, RunLayout layout) {
        if (options.outputDir != null) {
            return "the output dir given by --output-dir";
        }
        boolean defaultDir = layout.outputDir().equals(Path.of("out"));
        if (options.config == null) {
            return "the default output dir ./out: neither --config nor --output-dir was given";
        }
        return defaultDir ? "the default output dir ./out: " + options.config + " sets no output_dir"
                : "the output_dir of " + options.config;
    }

    /** One line: where, why, and the options that point elsewhere. */
    String line() {
        return "no job repository in " + stateDir + " (" + because + "); to read the runs of another output dir,"
                + " give --config FILE (its output_dir), --output-dir DIR or --repository-url URL";
    }

    /** For the commands that need a run to act on: a usage error (exit 2). */
    CommandFailure failure() {
        return new CommandFailure(ExitCodes.USAGE, line());
    }
}
