package io.schemabuilder.cli.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A private copy of examples/demo for one test, and helpers to read what a run wrote. */
final class Demo {
    static final Path SOURCE = Path.of("../examples/demo").toAbsolutePath().normalize();
    static final String[] SOURCES = {"shop", "exports", "budget"};

    private Demo() {
    }

    /** Copies sources.yml and data/ into {@code dir}; returns the copied config. */
    static Path copyInto(Path dir) throws IOException {
        Files.copy(SOURCE.resolve("sources.yml"), dir.resolve("sources.yml"), StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> files = Files.walk(SOURCE.resolve("data"))) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(SOURCE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir.resolve("sources.yml");
    }

    /** The schema file's text with {@code generated_at} blanked: what must be stable between runs. */
    static String schemaWithoutTime(Path outputDir, String source) throws IOException {
        String text = Files.readString(outputDir.resolve("schemas").resolve(source).resolve("schema.json"),
                StandardCharsets.UTF_8);
        return normalized(text);
    }

    /** Without what differs from machine to machine: the time, and the files' paths, times and hashes. */
    static String normalized(String schemaJson) {
        String text = schemaJson.replaceFirst("\"generated_at\": \"[^\"]+\"", "\"generated_at\": \"<time>\"");
        int files = text.indexOf("\n    \"files\": {");
        return files < 0 ? text : text.substring(0, files) + "\n    \"files\": <files>\n  }\n}\n";
    }
}
