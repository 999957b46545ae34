package io.schemabuilder.source;

/**
 * A source could not be read. The message is one line, says the cause in the user's terms and never holds a secret;
 * {@link #oneLine()} adds the source and the category.
 */
public class SourceException extends RuntimeException {
    private final String source;
    private final ErrorCategory category;

    public SourceException(String source, ErrorCategory category, String message) {
        this(source, category, message, null);
    }

    public SourceException(String source, ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.category = category;
    }

    public String source() {
        return source;
    }

    public ErrorCategory category() {
        return category;
    }

    /** {@code source <name>: <category>: <message>}, as the launcher prints it. */
    public String oneLine() {
        return "source " + source + ": " + category.label() + ": " + getMessage();
    }
}
