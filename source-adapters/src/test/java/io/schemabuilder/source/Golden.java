package io.schemabuilder.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Golden files under src/test/resources/golden; {@code -Dgolden.update=true} rewrites them (review the diff). */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file " + file + " (create it with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Tables as text, one block per table: what golden files hold. */
    public static String render(List<TableMetadata> tables) {
        StringBuilder text = new StringBuilder();
        for (TableMetadata table : tables) {
            text.append(table.key().qualified()).append(" ").append(table.kind().jsonName());
            if (!table.primaryKey().isEmpty()) {
                text.append(" pk=").append(table.primaryKey());
            }
            if (table.comment() != null) {
                text.append(" comment=").append(table.comment());
            }
            text.append('\n');
            for (ColumnMetadata column : table.columns()) {
                text.append("  ").append(column.ordinal()).append(' ').append(column.name()).append(" : ")
                        .append(column.nativeType()).append(column.nullable() ? " null" : " not null");
                if (column.comment() != null) {
                    text.append(" -- ").append(column.comment());
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
