package io.schemabuilder.batch.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written pieces are byte for byte what Jackson's pretty printer in the file's style writes. */
class TableJsonTest {
    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
            .with(JsonStyle.PRETTY);
    /** Every character class the escaping treats apart, and some it must leave alone. */
    private static final String ALPHABET = "ab_Z09 /\"\\\b\t\n\f\r\u0000\u0001\u001f\u007f\u0080é\u2028ß中"
            + "\uD83D\uDE00'{}[]:,";

    @Test
    void randomTablesRenderAsJacksonWouldWriteThem() {
        Random random = new Random(2026);
        for (int i = 0; i < 3000; i++) {
            StagedTable table = randomTable(random);
            for (int level = 0; level <= 3; level++) {
                int at = level;
                assertThat(TableJson.tableValue(table, level)).as("table %d at level %d", i, level)
                        .isEqualTo(jackson(json -> tableValue(json, table), at));
                assertThat(TableJson.sqlglotValue(table, level)).as("sqlglot %d at level %d", i, level)
                        .isEqualTo(jackson(json -> sqlglotValue(json, table), at));
            }
        }
    }

    private static StagedTable randomTable(Random random) {
        List<StagedTable.StagedColumn> columns = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            columns.add(new StagedTable.StagedColumn(text(random), text(random), random.nextBoolean(),
                    text(random), maybe(random), maybe(random)));
        }
        List<String> primaryKey = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            primaryKey.add(text(random));
        }
        String kind = List.of("table", "file", "view", "materialized_view").get(random.nextInt(4));
        return new StagedTable("s", "t", kind, maybe(random), primaryKey, columns, null);
    }

    private static String maybe(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "";
            default -> text(random);
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            int i = random.nextInt(ALPHABET.length());
            text.append(Character.isHighSurrogate(ALPHABET.charAt(i)) ? ALPHABET.substring(i, i + 2)
                    : Character.isLowSurrogate(ALPHABET.charAt(i)) ? "x" : ALPHABET.charAt(i));
        }
        return text.toString();
    }

    // The oracle: the Jackson generator code the hand-written rendering replaced.

    private static String jackson(Consumer<JsonGenerator> value, int level) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = PRETTY.createGenerator(text)) {
            value.accept(json);
        }
        return text.toString().replace("\n", "\n" + "  ".repeat(level));
    }

    private static void tableValue(JsonGenerator json, StagedTable table) {
        json.writeStartObject();
        if (!"table".equals(table.kind()) && !"file".equals(table.kind())) {
            json.writeStringProperty("kind", table.kind());
        }
        if (table.comment() != null && !table.comment().isEmpty()) {
            json.writeStringProperty("comment", table.comment());
        }
        if (!table.primaryKey().isEmpty()) {
            json.writeName("primary_key");
            json.writeStartArray();
            for (String column : table.primaryKey()) {
                json.writeString(column);
            }
            json.writeEndArray();
        }
        json.writeName("columns");
        json.writeStartObject();
        for (StagedTable.StagedColumn column : table.columns()) {
            json.writeName(column.name());
            json.writeStartObject();
            json.writeStringProperty("type", column.type());
            json.writeBooleanProperty("nullable", column.nullable());
            json.writeStringProperty("sqlglot_type", column.sqlglotType());
            if (column.comment() != null && !column.comment().isEmpty()) {
                json.writeStringProperty("comment", column.comment());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void sqlglotValue(JsonGenerator json, StagedTable table) {
        json.writeStartObject();
        for (StagedTable.StagedColumn column : table.columns()) {
            json.writeStringProperty(column.name(), column.schemaType());
        }
        json.writeEndObject();
    }
}
