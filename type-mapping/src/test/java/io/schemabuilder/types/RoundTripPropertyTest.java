package io.schemabuilder.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random compositions (arrays of structs of maps, with parameters, in the dialect's own nested-type syntax) with
 * random letter case and spacing: each parses, its schema string reads back as an equal type, mapping the schema
 * string again gives the same string, and the case and spacing change nothing. Seeds are fixed, so a failure
 * reproduces; the failing text is in the message.
 */
class RoundTripPropertyTest {
    private static final int SAMPLES = 1_500;
    private static final String[] NAMES = {"a", "b", "price", "qty", "tags", "x1"};

    /** How one dialect writes nested types, and some of its scalar types with parameters. */
    private record Syntax(Dialect dialect, String array, String struct, String map, List<String> scalars) {
    }

    static Stream<Syntax> syntaxes() {
        List<String> common = List.of("INT", "BIGINT", "VARCHAR(20)", "DECIMAL(10, 2)", "BOOLEAN", "DOUBLE", "DATE",
                "TIMESTAMP");
        return Stream.of(
                new Syntax(Dialect.BIGQUERY, "ARRAY<%s>", "STRUCT<%s>", null,
                        List.of("INT64", "STRING", "NUMERIC(10, 2)", "BYTES(16)", "BOOL", "FLOAT64", "TIMESTAMP")),
                new Syntax(Dialect.DATABRICKS, "ARRAY<%s>", "STRUCT<%s>", "MAP<%s, %s>", common),
                new Syntax(Dialect.DUCKDB, "%s[]", "STRUCT(%s)", "MAP(%s, %s)",
                        List.of("INTEGER", "HUGEINT", "VARCHAR", "DECIMAL(18, 3)", "UBIGINT", "TIMESTAMP_NS", "BLOB")),
                new Syntax(Dialect.TRINO, "array(%s)", "row(%s)", "map(%s, %s)",
                        List.of("integer", "varchar(10)", "decimal(12, 4)", "timestamp(3) with time zone", "real")),
                new Syntax(Dialect.CLICKHOUSE, "Array(%s)", "Tuple(%s)", "Map(%s, %s)",
                        List.of("Int32", "UInt64", "String", "Nullable(Int8)", "Decimal(9, 2)", "DateTime64(3)",
                                "LowCardinality(String)", "FixedString(8)")),
                new Syntax(Dialect.POSTGRES, "%s[]", null, null,
                        List.of("integer", "numeric(10,2)", "character varying(30)", "timestamp with time zone", "text")),
                new Syntax(Dialect.SNOWFLAKE, "ARRAY(%s)", "OBJECT(%s)", "MAP(%s, %s)",
                        List.of("NUMBER(38,0)", "VARCHAR(50)", "TIMESTAMP_NTZ(9)", "BOOLEAN", "BINARY(8)")),
                new Syntax(Dialect.MYSQL, null, null, null,
                        List.of("int(11) unsigned", "varchar(255)", "decimal(10,2)", "datetime(6)", "enum('a','b')")),
                new Syntax(Dialect.ORACLE, null, null, null,
                        List.of("NUMBER(*,0)", "VARCHAR2(100 CHAR)", "TIMESTAMP(6) WITH TIME ZONE", "BINARY_DOUBLE")),
                new Syntax(Dialect.TSQL, null, null, null,
                        List.of("nvarchar(max)", "decimal(18,0)", "datetime2(3)", "varbinary(max)", "datetimeoffset(7)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void randomTypesReadBackEqualFromTheirSchemaString(Syntax syntax) {
        SqlglotTypeMapper mapper = (SqlglotTypeMapper) TypeMapper.forDialect(syntax.dialect());
        Random random = new Random(syntax.dialect().ordinal() * 7919L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES && failures.size() < 5; i++) {
            String text = compose(syntax, random, 3);
            String variant = restyled(text, random);
            MappedType mapped = mapper.map(text);
            GlotType parsed = mapper.parse(text);
            if (parsed == null || mapped.member() == SqlglotType.UNKNOWN || mapped.member() == SqlglotType.USERDEFINED) {
                failures.add(text + ": not parsed (" + mapped + ")");
            } else if (!parsed.equals(mapper.parse(mapped.schemaType()))) {
                failures.add(text + ": schema string " + mapped.schemaType() + " reads back differently");
            } else if (!mapper.map(mapped.schemaType()).schemaType().equals(mapped.schemaType())) {
                failures.add(text + ": schema string " + mapped.schemaType() + " maps to "
                        + mapper.map(mapped.schemaType()).schemaType());
            } else if (!parsed.equals(mapper.parse(variant)) || mapper.map(variant).member() != mapped.member()) {
                failures.add(text + ": respelt as '" + variant + "' reads differently");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String compose(Syntax syntax, Random random, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(4);
        if (choice == 1 && syntax.array() != null) {
            return String.format(syntax.array(), compose(syntax, random, depth - 1));
        }
        if (choice == 2 && syntax.struct() != null) {
            List<String> fields = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                fields.add(NAMES[(i + random.nextInt(NAMES.length)) % NAMES.length] + i + " "
                        + compose(syntax, random, depth - 1));
            }
            return String.format(syntax.struct(), String.join(", ", fields));
        }
        if (choice == 3 && syntax.map() != null) {
            return String.format(syntax.map(), syntax.scalars().get(0), compose(syntax, random, depth - 1));
        }
        return syntax.scalars().get(random.nextInt(syntax.scalars().size()));
    }

    /** The same text with keywords' letter case flipped at random and extra spaces around punctuation. */
    private static String restyled(String text, Random random) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (char c : text.toCharArray()) {
            inString ^= c == '\'';
            if (inString || c == '\'') {
                out.append(c);
            } else if (Character.isLetter(c) && random.nextInt(3) == 0) {
                String s = String.valueOf(c);
                out.append(Character.isUpperCase(c) ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT));
            } else if ("(),<>".indexOf(c) >= 0 && random.nextBoolean()) {
                out.append(' ').append(c).append("  ");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
