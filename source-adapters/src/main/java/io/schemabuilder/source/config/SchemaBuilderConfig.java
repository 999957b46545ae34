package io.schemabuilder.source.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded, valid config file.
 *
 * @param file      absolute, normalized path of the file
 * @param sha256    hex SHA-256 of the file's bytes as written (environment references unresolved, so no secret),
 *                  followed by those of the files a Visivo project includes
 * @param outputDir the file's {@code output_dir}, resolved against the file's folder; null when absent
 * @param warnings  what the file asks for that is not done but does not stop a run (a Visivo project's remote
 *                  include), one line each naming the file
 */
public record SchemaBuilderConfig(Path file, String sha256, Path outputDir, List<SourceConfig> sources,
                                  List<String> warnings) {

    public SchemaBuilderConfig {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    public Optional<SourceConfig> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
