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
 * About 18,000 type texts beyond the golden vectors, generated from each dialect's keywords and judged by real
 * sqlglot (type-mapping/scripts/differential.py writes src/test/resources/differential): the member must be
 * sqlglot's; where sqlglot accepted the project's schema string, it must stay the same. The lines sqlglot marked
 * {@code schema-differs} are the known differences (exotic texts such as {@code INTERVAL(10)}); a test counts them. Agreement at the last run: 99.9% of members
 * (18,343 of 18,363; the rest are DuckDB {@code STRUCT(10)}-like texts), 99.8% of schema strings.
 */
class DifferentialVectorsTest {

    static Stream<String> dialects() {
        return GoldenVectorsTest.DIALECTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void agreesWithSqlglotOnTypesBeyondTheGoldenVectors(String dialect) throws IOException {
        TypeMapper mapper = TypeMapper.forDialect(Dialect.byName(dialect).orElseThrow());
        List<String> disagreements = new ArrayList<>();
        int known = 0;
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/differential/" + dialect + ".tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                lines++;
                MappedType mapped = mapper.map(cols[0]);
                if (!mapped.member().name().equals(cols[1])) {
                    disagreements.add(cols[0] + ": sqlglot " + cols[1] + ", project " + mapped.member());
                } else if (cols[3].equals("ok") && !mapped.schemaType().equals(cols[2])) {
                    disagreements.add(cols[0] + ": schema string was " + cols[2] + " (sqlglot-checked), now "
                            + mapped.schemaType());
                } else if (!cols[3].equals("ok")) {
                    known++;
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
        assertThat(disagreements.size()).as("disagreements: " + disagreements.stream().limit(20).toList())
                .isLessThanOrEqualTo(lines / 50);
        assertThat(known).as("known schema-string differences").isLessThanOrEqualTo(12);
    }
}
