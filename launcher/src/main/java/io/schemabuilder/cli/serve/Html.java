package io.schemabuilder.cli.serve;

/**
 * Builds an HTML text in which everything that comes from outside (catalog names, messages, paths) goes through
 * {@link #text}, which escapes it: a table named {@code <img src=x onerror=alert(1)>} shows as those characters.
 * {@link #raw} is for the page's own markup only, never for a value.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Markup written by this code. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A value, escaped for text and for quoted attribute values alike. */
    Html text(Object value) {
        out.append(escape(value == null ? "" : String.valueOf(value)));
        return this;
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
