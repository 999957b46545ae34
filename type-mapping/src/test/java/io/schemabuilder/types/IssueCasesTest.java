package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of native type text issue 4 lists (parameters, unsigned, arrays, structs, maps, ClickHouse wrappers,
 * time zones, intervals, enums and sets, user-defined types, case and spacing, unparseable text), each mapped as
 * sqlglot maps it. The expectations in src/test/resources/issue-cases.tsv are sqlglot's, written by
 * type-mapping/scripts/issue_cases.py.
 */
class IssueCasesTest {

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IssueCasesTest.class.getResourceAsStream("/issue-cases.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    String[] cols = line.split("\t", -1);
                    cases.add(Arguments.of(cols[0], cols[1], cols[2], cols[3], cols[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1} ''{2}''")
    @MethodSource("cases")
    void mapsTheKindsOfTypeTextCatalogsReport(String kind, String dialect, String nativeType, String member,
                                              String schemaType) {
        MappedType mapped = TypeMapper.forDialect(Dialect.byName(dialect).orElseThrow()).map(nativeType);

        assertThat(mapped.member().name()).as("member").isEqualTo(member);
        assertThat(mapped.schemaType()).as("schema string").isEqualTo(schemaType);
    }
}
