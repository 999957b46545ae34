package io.schemabuilder.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** src/test/resources/rendering-exceptions.tsv: documented renderings that differ from sqlglot's (goal: none). */
final class RenderingExceptions {

    private RenderingExceptions() {
    }

    /** native text -> the project's schema string, for one dialect. */
    static Map<String, String> of(String dialect) {
        Map<String, String> exceptions = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RenderingExceptions.class.getResourceAsStream("/rendering-exceptions.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cols = line.split("\t", -1);
                if (!line.startsWith("#") && cols.length == 4 && cols[0].equals(dialect)) {
                    exceptions.put(cols[1], cols[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exceptions;
    }
}
