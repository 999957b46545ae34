package io.schemabuilder.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A test catalog written as an SQL file on the class path: statements end with {@code ;} at the end of a line, lines
 * starting with {@code --} are comments, and {@code ${schema}} stands for the test's own schema or database.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /** Runs the script's statements, in order, with {@code ${schema}} replaced. */
    public static void run(Connection connection, String resource, String schema) throws SQLException {
        RealServices.execute(connection, statements(resource, schema).toArray(String[]::new));
    }

    public static List<String> statements(String resource, String schema) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : text(resource).split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            String text = line.replace("${schema}", schema).stripTrailing();
            boolean last = text.endsWith(";");
            statement.append(statement.isEmpty() ? "" : "\n").append(last ? text.substring(0, text.length() - 1) : text);
            if (last) {
                statements.add(statement.toString());
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException(resource + ": the last statement does not end with ;");
        }
        return statements;
    }

    private static String text(String resource) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test script " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
