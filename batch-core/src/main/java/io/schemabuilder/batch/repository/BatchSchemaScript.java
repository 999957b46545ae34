package io.schemabuilder.batch.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Batch's own DDL for one engine ({@code schema-h2.sql}, {@code schema-postgresql.sql} in spring-batch-core),
 * read statement by statement, with the tables and sequences it creates: what a complete repository holds comes
 * from the Batch version on the classpath, never from a list kept here.
 * <p>
 * On H2 every sequence is created {@code NO CACHE}: H2 otherwise reserves 32 values at a time and a crash loses the
 * rest of the block, so the run after a {@code kill -9} would be "run 33" instead of "run 2".
 */
public record BatchSchemaScript(String engine, List<String> creates, List<String> drops, List<String> tables,
                                List<String> sequences) {
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^CREATE\\s+TABLE\\s+(\\w+)");
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("(?i)^CREATE\\s+SEQUENCE\\s+(\\w+)");

    public BatchSchemaScript {
        creates = List.copyOf(creates);
        drops = List.copyOf(drops);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    /** The script of {@code h2} or {@code postgresql}. */
    public static BatchSchemaScript of(String engine) {
        List<String> creates = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        for (String statement : statements("schema-" + engine + ".sql")) {
            Matcher table = CREATE_TABLE.matcher(statement);
            Matcher sequence = CREATE_SEQUENCE.matcher(statement);
            if (table.find()) {
                tables.add(table.group(1).toUpperCase(Locale.ROOT));
            } else if (sequence.find()) {
                sequences.add(sequence.group(1).toUpperCase(Locale.ROOT));
                if (engine.equals("h2") && !statement.toUpperCase(Locale.ROOT).contains("CACHE")) {
                    statement = statement + " NO CACHE";
                }
            }
            creates.add(statement);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no CREATE TABLE in Spring Batch's schema-" + engine + ".sql");
        }
        return new BatchSchemaScript(engine, creates, statements("schema-drop-" + engine + ".sql"), tables, sequences);
    }

    /** Every table and sequence, upper-case. */
    public List<String> objects() {
        List<String> all = new ArrayList<>(tables);
        all.addAll(sequences);
        return all;
    }

    private static List<String> statements(String file) {
        String path = "org/springframework/batch/core/" + file;
        try (InputStream in = BatchSchemaScript.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Spring Batch's " + path + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder withoutComments = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    withoutComments.append(line).append('\n');
                }
            }
            return Arrays.stream(withoutComments.toString().split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spring Batch's " + path, e);
        }
    }
}
