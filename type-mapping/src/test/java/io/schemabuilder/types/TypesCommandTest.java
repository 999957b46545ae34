package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String dialect, String input) {
        return TypesCommand.run(dialect, new StringReader(input), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneTabSeparatedLinePerInputLineInOrder() {
        int code = run("postgresql", "integer\r\nnumeric(10,2)\n\ntext[]\nuser_status\n");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "integer\tDataType.Type.INT\tINT",
                "numeric(10,2)\tDataType.Type.DECIMAL\tDECIMAL(10, 2)",
                "\tDataType.Type.USERDEFINED\t",
                "text[]\tDataType.Type.ARRAY\tTEXT[]",
                "user_status\tDataType.Type.USERDEFINED\tuser_status", ""));
    }

    @Test
    void anEmptyLineIsSqlitesUndeclaredType() {
        run("sqlite", "\n");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\tDataType.Type.USERDEFINED\t" + System.lineSeparator());
    }

    @Test
    void writesUnknownForTextSqlglotCannotParse() {
        run("clickhouse", "BFloat16\n");

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("BFloat16\tDataType.Type.UNKNOWN\tUNKNOWN");
    }

    @Test
    void anUnknownDialectExitsTwoAndListsTheDialects() {
        int code = run("db2", "integer\n");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("db2").contains("postgres").contains("clickhouse")
                .contains("h2").contains("csv");
    }
}
