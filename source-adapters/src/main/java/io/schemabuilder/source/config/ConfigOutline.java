package io.schemabuilder.source.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What shell completion needs from a config file: its source names and its output folder. Read leniently and fast
 * (YAML only, a Visivo project's includes followed): a config with problems still gives what can be read, an unset
 * environment variable is no error, and nothing is validated or connected to.
 *
 * @param sourceNames the sources' names, in the order written (a Visivo project's, then its includes')
 * @param outputDir   the config's {@code output_dir}, resolved against its folder; null when absent or unreadable
 */
public record ConfigOutline(List<String> sourceNames, Path outputDir) {
    private static final ConfigOutline NONE = new ConfigOutline(List.of(), null);

    public ConfigOutline {
        sourceNames = List.copyOf(sourceNames);
    }

    public static ConfigOutline read(Path path) {
        Path file = path.toAbsolutePath().normalize();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!(ConfigLoader.parseYaml(path, bytes) instanceof Map<?, ?> top)) {
                return NONE;
            }
            if (VisivoProject.isProject(file, top)) {
                List<VisivoIncludes.ProjectFile> files = VisivoIncludes.follow(
                        new VisivoIncludes.ProjectFile(file, path.toString(), top, bytes), ConfigLoader::parseYaml,
                        new ArrayList<>(), new ArrayList<>());
                return new ConfigOutline(files.stream().flatMap(f -> names(f.document()).stream()).toList(), null);
            }
            Object outputDir = top.get("output_dir");
            return new ConfigOutline(names(top), outputDir instanceof String text && !text.contains("{")
                    ? file.resolveSibling(text).normalize() : null);
        } catch (IOException | ConfigException | RuntimeException e) {
            return NONE;
        }
    }

    private static List<String> names(Map<?, ?> document) {
        List<String> names = new ArrayList<>();
        if (document.get("sources") instanceof List<?> sources) {
            for (Object source : sources) {
                if (source instanceof Map<?, ?> map && map.get("name") != null) {
                    names.add(String.valueOf(map.get("name")));
                }
            }
        }
        return names;
    }
}
