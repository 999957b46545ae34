package io.schemabuilder.batch.output;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON style of every file and {@code --json} output: 2-space indent, {@code "key": value}, {} and []. */
public final class JsonStyle {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final DefaultPrettyPrinter PRETTY = prettyPrinter();

    private JsonStyle() {
    }

    /** A writer of pretty JSON in this style. */
    public static ObjectWriter writer() {
        return MAPPER.writerWithDefaultPrettyPrinter().with(PRETTY);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
