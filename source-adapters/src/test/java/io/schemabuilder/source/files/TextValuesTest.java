package io.schemabuilder.source.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextValuesTest {
    private final TextValues iso = new TextValues(null, null);

    private InferredType typeOf(TextValues values, String... column) {
        ColumnInference inference = new ColumnInference();
        for (String value : column) {
            inference.accept(value, values);
        }
        return inference.type();
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            true                        | BOOLEAN
            FALSE                       | BOOLEAN
            ' True '                    | BOOLEAN
            yes                         | VARCHAR
            NO                          | VARCHAR
            t                           | VARCHAR
            F                           | VARCHAR
            y                           | VARCHAR
            on                          | VARCHAR
            42                          | BIGINT
            -9223372036854775808        | BIGINT
            9223372036854775807         | BIGINT
            9223372036854775808         | DOUBLE
            +7                          | BIGINT
            007                         | VARCHAR
            0                           | BIGINT
            -0                          | BIGINT
            0.5                         | DOUBLE
            00.5                        | VARCHAR
            0e1                         | DOUBLE
            3.14                        | DOUBLE
            .5                          | DOUBLE
            5.                          | DOUBLE
            1e10                        | DOUBLE
            -2.5E-3                     | DOUBLE
            1e                          | VARCHAR
            .                           | VARCHAR
            1,5                         | VARCHAR
            2024-02-29                  | DATE
            2023-02-29                  | VARCHAR
            2024-13-01                  | VARCHAR
            2024-1-01                   | VARCHAR
            2024-03-01 10:15            | TIMESTAMP
            2024-03-01T10:15:30.123456  | TIMESTAMP
            2024-03-01 24:00            | VARCHAR
            2024-03-01 10:15:00+01:00   | TIMESTAMP WITH TIME ZONE
            2024-03-01T10:15:00Z        | TIMESTAMP WITH TIME ZONE
            2024-03-01 10:15:00-0530    | TIMESTAMP WITH TIME ZONE
            2024-03-01 10:15:00+1       | VARCHAR
            10:15                       | TIME
            23:59:59.5                  | TIME
            25:00                       | VARCHAR
            10:15:00.                   | VARCHAR
            hello                       | VARCHAR
            """)
    void aColumnOfOneValueGetsTheNarrowestTypeTheValueFits(String value, String type) {
        assertThat(typeOf(iso, value).duckdbName()).isEqualTo(type);
    }

    @Test
    void mixedValuesWidenToTheNarrowestTypeTheyAllFit() {
        assertThat(typeOf(iso, "1", "2.5")).isEqualTo(InferredType.DOUBLE);
        assertThat(typeOf(iso, "2024-03-01", "2024-03-01 10:00")).isEqualTo(InferredType.TIMESTAMP);
        assertThat(typeOf(iso, "2024-03-01 10:00", "2024-03-01")).isEqualTo(InferredType.TIMESTAMP);
        assertThat(typeOf(iso, "2024-03-01", "2024-03-01 10:00+02")).isEqualTo(InferredType.TIMESTAMP_TZ);
        assertThat(typeOf(iso, "2024-03-01 10:00", "2024-03-01 10:00Z")).isEqualTo(InferredType.TIMESTAMP_TZ);
        assertThat(typeOf(iso, "true", "1")).isEqualTo(InferredType.VARCHAR);
        assertThat(typeOf(iso, "0", "1")).isEqualTo(InferredType.BIGINT);
        assertThat(typeOf(iso, "1", "01")).isEqualTo(InferredType.VARCHAR);
        assertThat(typeOf(iso, "10:15", "2024-03-01")).isEqualTo(InferredType.VARCHAR);
        assertThat(typeOf(iso, "1", "x", "2")).isEqualTo(InferredType.VARCHAR);
    }

    @Test
    void configuredFormatsReplaceIsoDatesAndTimestamps() {
        TextValues european = new TextValues("%d/%m/%Y", "%d/%m/%Y %H:%M");

        assertThat(typeOf(european, "31/12/2024", "01/02/2023")).isEqualTo(InferredType.DATE);
        assertThat(typeOf(european, "31/12/2024 23:59")).isEqualTo(InferredType.TIMESTAMP);
        assertThat(typeOf(european, "31/12/2024", "31/12/2024 23:59")).isEqualTo(InferredType.TIMESTAMP);
        assertThat(typeOf(european, "2024-12-31")).isEqualTo(InferredType.VARCHAR);
    }

    @Test
    void aColumnWithNoValueIsVarchar() {
        ColumnInference empty = new ColumnInference();
        empty.acceptNull();

        assertThat(empty.type()).isEqualTo(InferredType.VARCHAR);
        assertThat(empty.sawNull()).isTrue();
    }
}
