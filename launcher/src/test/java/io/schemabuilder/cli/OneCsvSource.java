package io.schemabuilder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest config a command test needs: one CSV source {@code files} of one table, in {@code dir}. */
public final class OneCsvSource {

    private OneCsvSource() {
    }

    /** Writes {@code dir/data/a.csv} and {@code dir/sources.yml}; returns the config's path. */
    public static Path config(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "id,name\n1,x\n");
        return Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: data
                """);
    }
}
