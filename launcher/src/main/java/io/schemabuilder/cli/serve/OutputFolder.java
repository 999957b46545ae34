package io.schemabuilder.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files the web view may serve: the output folder's {@code schemas/}, and nothing else. A name from a request
 * never becomes a path by itself: a source is one of the folders listed under {@code schemas/} (with a source name's
 * characters), a version one of the files listed in its {@code history/}; and the file found must still lie under
 * {@code schemas/} once links are followed.
 */
public final class OutputFolder {
    /** The characters of a source name (the config allows no others). */
    private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    /** A kept version's file name: its UTC time, as the run names it. */
    private static final Pattern VERSION_NAME = Pattern.compile("\\d{8}T\\d{6}Z");

    /** One kept version of a source's schema.json. */
    public record Version(String name, Path file) {
    }

    private final Path outputDir;
    private final Path schemas;

    public OutputFolder(Path outputDir) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.schemas = this.outputDir.resolve("schemas");
    }

    public Path outputDir() {
        return outputDir;
    }

    /** The sources that have a folder under schemas/, by name. */
    public List<String> sources() {
        if (!Files.isDirectory(schemas)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(schemas)) {
            return folders.filter(dir -> Files.isDirectory(dir) && underSchemas(dir)).map(p -> p.getFileName().toString())
                    .filter(name -> SOURCE_NAME.matcher(name).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source's schema.json, when the source is one of {@link #sources()} and has one. */
    public Optional<Path> schemaFile(String source) {
        return sourceDir(source).map(dir -> dir.resolve("schema.json")).filter(this::servable);
    }

    /** The source's changes.json (what its last change was), when it has one. */
    public Optional<Path> changesFile(String source) {
        return sourceDir(source).map(dir -> dir.resolve("changes.json")).filter(this::servable);
    }

    /** The kept versions of the source's schema.json, newest first. */
    public List<Version> versions(String source) {
        Optional<Path> history = sourceDir(source).map(dir -> dir.resolve("history")).filter(Files::isDirectory);
        if (history.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(history.get())) {
            return files.map(file -> new Version(stem(file), file))
                    .filter(v -> VERSION_NAME.matcher(v.name()).matches() && servable(v.file()))
                    .sorted(Comparator.comparing(Version::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of {@link #versions} by its name. */
    public Optional<Version> version(String source, String name) {
        return versions(source).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private Optional<Path> sourceDir(String source) {
        if (source == null || !sources().contains(source)) {
            return Optional.empty();
        }
        return Optional.of(schemas.resolve(source));
    }

    /** A regular file that is, links followed, under schemas/. */
    private boolean servable(Path file) {
        return Files.isRegularFile(file) && underSchemas(file);
    }

    /** Whether the path, links followed, is under schemas/ (a link out of it is not served). */
    private boolean underSchemas(Path path) {
        try {
            return path.toRealPath().startsWith(schemas.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : "";
    }
}
