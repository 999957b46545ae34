package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * About 24,500 type texts beyond the golden vectors, generated from each dialect's type keywords (bare, with
 * parameters, spacing and case changes, in arrays, structs, maps and the dialect's wrappers) and judged by real
 * sqlglot: type-mapping/scripts/differential.py writes sqlglot's member, sql, round-trip status and sql_default
 * for each into src/test/resources/differential. The same rule as for the golden vectors applies.
 *
 * <p>At the last run 24,484 of 24,507 members (99.91%) and 24,464 schema strings (99.82%) agreed. The known
 * disagreements are degenerate texts no catalog reports: a struct given sizes instead of fields ({@code STRUCT(10)},
 * which sqlglot keeps as literal fields), a bare {@code NULLABLE} as a field's type, MySQL-style backticks in
 * dialects that do not quote with them, {@code VECTOR(UNION, 16)}; each dialect may keep at most {@link #KNOWN}.
 */
class DifferentialVectorsTest {
    private static final int KNOWN = 20;

    static Stream<String> dialects() {
        return GoldenVectorsTest.DIALECTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void agreesWithSqlglotOnTypesBeyondTheGoldenVectors(String dialectName) throws IOException {
        Dialect dialect = Dialect.byName(dialectName).orElseThrow();
        List<String> failures = new ArrayList<>();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/differential/" + dialectName + ".tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                lines++;
                String status = cols[3];
                String failure = SchemaStringRule.check(dialect, cols[0], "DataType.Type." + cols[1],
                        status.equals("error") ? null : cols[2], status.equals("rt") || status.equals("class"),
                        cols[4], null);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + lines + " disagree").hasSizeLessThanOrEqualTo(KNOWN);
    }
}
