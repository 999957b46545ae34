package io.schemabuilder.batch.job;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import java.util.List;

/** Turns whatever made a source's step fail into the one line the user reads. */
public final class SourceFailures {

    private SourceFailures() {
    }

    /** {@code source <name>: <category>: <message>}, from the first {@link SourceException} in the causes. */
    public static String oneLine(String source, List<Throwable> failures) {
        for (Throwable failure : failures) {
            SourceException cause = sourceException(failure);
            if (cause != null) {
                return cause.oneLine();
            }
        }
        Throwable first = failures.isEmpty() ? null : rootCause(failures.get(0));
        String message = first == null ? "the step failed without a cause"
                : first.getMessage() == null ? first.getClass().getSimpleName() : firstLine(first.getMessage());
        return new SourceException(source, ErrorCategory.INTERNAL, message).oneLine();
    }

    static SourceException sourceException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SourceException) {
                return (SourceException) t;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
