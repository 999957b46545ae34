package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypesCliCommandTest {

    private static Cli.Result withInput(String input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void printsOneTabSeparatedLinePerInputLineInOrder() {
        Cli.Result result = withInput("integer\nnumeric(10,2)\n\ncharacter varying(20)[]\nuser_status\n",
                "types", "--dialect", "postgresql");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "integer\tDataType.Type.INT\tINT",
                "numeric(10,2)\tDataType.Type.DECIMAL\tDECIMAL(10, 2)",
                "\tDataType.Type.USERDEFINED\t",
                "character varying(20)[]\tDataType.Type.ARRAY\tVARCHAR(20)[]",
                "user_status\tDataType.Type.USERDEFINED\tuser_status");
    }

    @Test
    void anUnknownDialectExitsTwoAndListsTheDialects() {
        Cli.Result result = withInput("int\n", "types", "--dialect", "cobol");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown dialect 'cobol'").contains("postgres").contains("tsql");
    }
}
