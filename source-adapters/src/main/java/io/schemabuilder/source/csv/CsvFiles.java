package io.schemabuilder.source.csv;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.files.ColumnNames;
import io.schemabuilder.source.files.FileTables;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files a CSV source reads: one file, every {@code .csv}, {@code .tsv}, {@code .txt} (and {@code .gz} of
 * them) in a folder, or the files a glob in the last path segment matches. Each is a table in schema {@code main},
 * named after its sanitized stem; two files that would get the same name (without ASCII case, as DuckDB compares
 * names) get {@code _2}, {@code _3} (with a warning).
 */
final class CsvFiles {
    static final String SCHEMA = "main";
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz", ".txt.gz");

    private CsvFiles() {
    }

    static FileTables<Path> list(CsvSourceConfig config, Consumer<String> warnings) {
        Path path = config.path();
        List<Path> files = new ArrayList<>();
        try {
            if (isGlob(path.getFileName().toString())) {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
                Path dir = path.getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new SourceException(config.name(), ErrorCategory.NOT_FOUND, "folder " + dir + " does not exist");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    entries.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName())).forEach(files::add);
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    entries.filter(p -> Files.isRegularFile(p) && hasCsvExtension(p)).forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new SourceException(config.name(), ErrorCategory.NOT_FOUND, path + " does not exist");
            }
        } catch (IOException e) {
            throw new SourceException(config.name(), ErrorCategory.PERMISSION, "cannot list " + path + ": " + e.getMessage(), e);
        }
        files.sort(null);
        List<FileTables.Entry<Path>> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : files) {
            String name = config.singleFile() ? config.name() : ColumnNames.tableName(stem(file));
            int count = seen.merge(ColumnNames.caseless(name), 1, Integer::sum);
            if (count > 1) {
                String renamed = name + "_" + count;
                warnings.accept("file " + file.getFileName() + " would also be table '" + name + "'; it is table '"
                        + renamed + "'");
                name = renamed;
            }
            entries.add(new FileTables.Entry<>(new TableKey(SCHEMA, name), file));
        }
        return new FileTables<>(entries);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean hasCsvExtension(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isGlob(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0 || segment.indexOf('{') >= 0;
    }
}
