package io.schemabuilder.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a parsed type as sqlglot's generator does ({@code Generator.datatype_sql} and the dialect overrides of it
 * that types reach: PostgreSQL/Redshift, DuckDB, MySQL, ClickHouse, Hive/Databricks, Snowflake), so that the
 * {@code sqlglot_schema} string is the one sqlglot itself would write for the column. The words, delimiters and
 * flags come from a {@link RenderStyle}; this class holds the logic sqlglot has in code. The mapper still checks
 * every rendering by parsing it back, since a few of sqlglot's own renderings do not read back equal.
 */
final class TypeRenderer {
    /** A type-size parameter with a specifier, {@code 100 CHAR}: the specifier is dropped where not allowed. */
    private static final Pattern SPECIFIED =
            Pattern.compile("([^' ]+(?: /\\*.*?\\*/)*) ([A-Za-z_][A-Za-z_0-9]*)((?: /\\*.*?\\*/)*)");
    /** A string literal as the parser writes it in a parameter: quotes doubled. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern COMMENTS = Pattern.compile("(?: /\\*.*?\\*/)+$");

    private final RenderStyle style;
    /** The parse side of the source dialect: which members were parsed as nested types. */
    private final DialectGrammar grammar;

    TypeRenderer(RenderStyle style, DialectGrammar grammar) {
        this.style = style;
        this.grammar = grammar;
    }

    String render(GlotType type) {
        return render(type, null);
    }

    private String render(GlotType type, GlotType parent) {
        if (type.isCast()) {
            return cast(type);
        }
        Dialect dialect = style.dialect;
        if (dialect == null) {
            return datatype(type, parent);
        }
        return switch (dialect) {
            case POSTGRES -> postgres(type, parent);
            case REDSHIFT -> postgres(redshiftText(type), parent);
            case DUCKDB -> duckdb(type, parent);
            case MYSQL -> mysql(type, parent);
            case CLICKHOUSE -> clickhouse(type, parent);
            case DATABRICKS -> datatype(hive(type), parent);
            case SNOWFLAKE -> snowflake(type, parent);
            default -> datatype(type, parent);
        };
    }

    /**
     * An inline constructor cast to a nested type ({@link GlotType#cast}), as the dialect's generator writes
     * {@code exp.Cast(exp.Array | exp.Struct)}: the constructor in the dialect's literal syntax, then the type.
     * BigQuery drops every type parameter in a CAST and writes an array cast as the typed literal {@code T[...]}.
     */
    private String cast(GlotType cast) {
        GlotType target = cast.fields().get(0).type();
        boolean struct = GlotType.CAST_STRUCT.equals(cast.kind());
        String values = String.join(", ", cast.arrayValues().stream().map(this::castValue).toList());
        Dialect dialect = style.dialect;
        if (dialect == Dialect.BIGQUERY) {
            String type = render(withoutParams(target), null);
            return struct ? "CAST(STRUCT(" + values + ") AS " + type + ")" : type + "[" + values + "]";
        }
        String constructor;
        if (struct) {
            constructor = switch (dialect == null ? Dialect.MYSQL : dialect) {
                case DUCKDB, TRINO -> "ROW(" + values + ")";
                case CLICKHOUSE -> "tuple(" + values + ")";
                case SNOWFLAKE -> "OBJECT_CONSTRUCT(" + objectPairs(cast.arrayValues()) + ")";
                default -> "STRUCT(" + values + ")";
            };
        } else {
            constructor = switch (dialect == null ? Dialect.MYSQL : dialect) {
                case DUCKDB, SNOWFLAKE, CLICKHOUSE -> "[" + values + "]";
                case POSTGRES, TRINO -> "ARRAY[" + values + "]";
                default -> "ARRAY(" + values + ")";
            };
        }
        return "CAST(" + constructor + " AS " + render(target, null) + ")";
    }

    /**
     * A constructor's value as the generator writes it: NULL, TRUE and FALSE in upper case; another bare word is a
     * column, quoted where the dialect reserves it (MySQL's {@code `COLLATE`}); anything else as read.
     */
    private String castValue(String value) {
        if (!value.matches("[A-Za-z_][A-Za-z_0-9]*")) {
            return value;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return List.of("NULL", "TRUE", "FALSE").contains(upper) ? upper : style.identifier(value, false);
    }

    /** An array's sizes; a one-item tuple ({@code (1,)}) is written {@code (1)}, as sqlglot writes it. */
    private static String arrayValues(GlotType type) {
        return String.join(", ", type.arrayValues().stream().map(v -> v.replaceAll("^\\((.*),\\)$", "($1)")).toList());
    }

    /** Snowflake's struct constructor names its unnamed values {@code '_0'}, {@code '_1'}, ... */
    private static String objectPairs(List<String> values) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            pairs.add("'_" + i + "', " + values.get(i));
        }
        return String.join(", ", pairs);
    }

    /**
     * The type with no size parameters at any depth (sqlglot's {@code remove_precision_parameterized_types}); an
     * enum's values are no sizes and stay.
     */
    private GlotType withoutParams(GlotType type) {
        List<GlotType.Field> fields = type.fields().stream()
                .map(f -> f.type() == null ? f
                        : new GlotType.Field(f.name(), f.quoted(), withoutParams(f.type()), f.constraints(),
                                f.nameComments()))
                .toList();
        List<String> params = grammar.in("enum", type.member().name()) ? type.params() : List.of();
        return new GlotType(type.member(), params, fields, type.arrayValues(), type.nullable(), type.kind());
    }

    /** sqlglot's {@code Generator.datatype_sql}. */
    private String datatype(GlotType type, GlotType parent) {
        SqlglotType member = type.member();
        if (member == SqlglotType.USERDEFINED && type.kind() != null) {
            return type.kind();
        }
        if (member == SqlglotType.UNKNOWN && type.kind() != null) {
            // exp.PseudoType / exp.ObjectIdentifier (PostgreSQL's oid, regclass): written as their upper-case name.
            return type.kind();
        }
        if (member == SqlglotType.INTERVAL && type.kind() != null) {
            // A unit (DAY TO SECOND), or only the comments of a bare INTERVAL.
            return "INTERVAL" + (type.kind().startsWith(" ") ? "" : " ") + type.kind();
        }
        boolean nested = grammar.in("nested", member.name());
        List<String> params = nested ? type.params() : boundedParams(type);
        String interior = interior(type, params);
        String sql = style.word(member);
        if (!interior.isEmpty()) {
            if (nested) {
                boolean parens = style.flag("struct_parens");
                sql += (parens ? "(" : "<") + interior + (parens ? ")" : ">");
                if (!type.arrayValues().isEmpty()) {
                    boolean array = member == SqlglotType.ARRAY;
                    sql += (array ? "[" : "(") + arrayValues(type) + (array ? "]" : ")");
                }
            } else {
                sql += "(" + interior + ")";
            }
        }
        if (style.flag("tz_with_time_zone") && (member == SqlglotType.TIMETZ || member == SqlglotType.TIMESTAMPTZ)) {
            sql += " WITH TIME ZONE";
        }
        return sql;
    }

    /** The expressions inside the type's brackets: nested types, or parameters (a VECTOR has its element first). */
    private String interior(GlotType type, List<String> params) {
        List<String> parts = new ArrayList<>();
        List<String> fields = fields(type);
        List<String> written = params.stream().map(this::param).toList();
        if (type.member() == SqlglotType.VECTOR) {
            parts.addAll(fields);
            parts.addAll(written);
        } else {
            parts.addAll(written);
            parts.addAll(fields);
        }
        return String.join(", ", parts);
    }

    private List<String> fields(GlotType type) {
        List<String> written = new ArrayList<>();
        for (GlotType.Field field : type.fields()) {
            if (field.type() == null) {
                boolean literal = !field.quoted() && field.name().matches("\\d+(\\.\\d*)?");
                written.add((literal ? field.name() : style.identifier(field.name(), field.quoted()))
                        + field.constraints());
                continue;
            }
            String inner = render(field.type(), type);
            if (field.name() == null) {
                written.add(inner + field.constraints());
            } else {
                // columndef_sql; Databricks writes a struct's fields as `name: type`.
                String separator = style.dialect == Dialect.DATABRICKS && type.member() == SqlglotType.STRUCT ? ": " : " ";
                written.add(style.identifier(field.name(), field.quoted()) + field.nameComments() + separator + inner
                        + literals(field.constraints()));
            }
        }
        return written;
    }

    /** {@code datatypeparam_sql}: a size's specifier ({@code 100 CHAR}) only where the dialect writes them. */
    private String param(String text) {
        String param = literals(text);
        Matcher specified = SPECIFIED.matcher(param);
        if (!style.flag("specifiers_allowed") && specified.matches()) {
            return specified.group(1);
        }
        return param;
    }

    /** The string literals in a parameter, escaped as the generator escapes them. */
    private String literals(String param) {
        if (param.indexOf('\'') < 0) {
            return param;
        }
        return LITERAL.matcher(param).replaceAll(m -> Matcher.quoteReplacement(
                style.stringLiteral(m.group(1).replace("''", "'"))));
    }

    /** {@code datatype_param_bound_limiter}: default parameters for a bare type, and caps on given ones. */
    private List<String> boundedParams(GlotType type) {
        RenderStyle.ParamSettings settings = style.paramSettings(type.member());
        if (settings == null) {
            return type.params();
        }
        if (type.params().isEmpty()) {
            return settings.defaults();
        }
        List<String> params = new ArrayList<>(type.params());
        for (int i = 0; i < params.size() && i < settings.bounds().size(); i++) {
            Integer bound = settings.bounds().get(i);
            java.math.BigDecimal value = number(params.get(i));
            if (bound != null && value != null && value.compareTo(java.math.BigDecimal.valueOf(bound)) > 0) {
                params.set(i, bound.toString());
            }
        }
        return params;
    }

    /** A parameter's number literal (comments and a specifier aside), as sqlglot's {@code to_py}; null if none. */
    private static java.math.BigDecimal number(String param) {
        String value = COMMENTS.matcher(param).replaceAll("");
        value = value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value;
        if (!value.matches("\\d+(\\.\\d*)?([eE][-+]?\\d+)?")) {
            return null;
        }
        return new java.math.BigDecimal(value);
    }

    /** PostgreSQL: arrays as {@code T[]}, {@code ENUM (...)}, and no precision on REAL/DOUBLE PRECISION. */
    private String postgres(GlotType type, GlotType parent) {
        if (type.member() == SqlglotType.ARRAY) {
            return type.fields().isEmpty() ? "ARRAY"
                    : String.join(", ", fields(type)) + "[" + arrayValues(type) + "]";
        }
        if (type.member() == SqlglotType.ENUM) {
            return "ENUM (" + String.join(", ", type.params().stream().map(this::literals).toList()) + ")";
        }
        if ((type.member() == SqlglotType.DOUBLE || type.member() == SqlglotType.FLOAT) && !type.params().isEmpty()) {
            return "FLOAT(" + String.join(", ", type.params()) + ")";
        }
        return datatype(type, parent);
    }

    /** Redshift writes TEXT as VARCHAR, of MAX length when none is given. */
    private static GlotType redshiftText(GlotType type) {
        if (type.member() != SqlglotType.TEXT) {
            return type;
        }
        return type.withMember(SqlglotType.VARCHAR).withParams(type.params().isEmpty() ? List.of("MAX") : type.params());
    }

    /** DuckDB: arrays as {@code T[]}, and no modifiers on TIME, TIMETZ, TIMESTAMPTZ. */
    private String duckdb(GlotType type, GlotType parent) {
        if (type.member() == SqlglotType.ARRAY) {
            return String.join(", ", fields(type)) + "[" + arrayValues(type) + "]";
        }
        if (type.member() == SqlglotType.TIME || type.member() == SqlglotType.TIMETZ
                || type.member() == SqlglotType.TIMESTAMPTZ) {
            return type.member().name();
        }
        return datatype(type, parent);
    }

    /** MySQL: VARCHAR needs a size (else TEXT); unsigned members are the signed word plus {@code UNSIGNED}. */
    private String mysql(GlotType type, GlotType parent) {
        if (type.member() == SqlglotType.VARCHAR && type.params().isEmpty()) {
            return "TEXT";
        }
        String sql = datatype(type, parent);
        return style.in("unsigned", type.member()) ? sql + " UNSIGNED" : sql;
    }

    /** ClickHouse: every string type is String; a type marked nullable is wrapped in {@code Nullable(...)}. */
    private String clickhouse(GlotType type, GlotType parent) {
        String sql = style.in("string_types", type.member()) ? "String" : datatype(type.withNullable(null), parent);
        boolean mapKey = parent != null && parent.member() == SqlglotType.MAP && !parent.fields().isEmpty()
                && parent.fields().get(0).type() == type;
        boolean wrap = Boolean.TRUE.equals(type.nullable()) || type.nullable() == null && !mapKey
                && !style.in("non_nullable", type.member());
        return wrap ? "Nullable(" + sql + ")" : sql;
    }

    /** Hive (Databricks): bare or MAX text types are STRING, sized TEXT is VARCHAR, temporal types drop precision. */
    private GlotType hive(GlotType type) {
        SqlglotType member = type.member();
        if (style.in("text_types", member)
                && (type.params().isEmpty() || type.params().get(0).toUpperCase(Locale.ROOT).equals("MAX"))) {
            return type.withMember(SqlglotType.TEXT).withParams(List.of());
        }
        if (member == SqlglotType.TEXT && !type.params().isEmpty()) {
            return type.withMember(SqlglotType.VARCHAR);
        }
        if (style.in("temporal", member)) {
            return type.withParams(List.of());
        }
        java.math.BigDecimal size = type.params().isEmpty() ? null : number(type.params().get(0));
        if (member == SqlglotType.FLOAT && size != null && size.scale() == 0 && size.precision() > 0
                && COMMENTS.matcher(type.params().get(0)).replaceAll("").split(" ")[0].matches("\\d+")) {
            // sqlglot's int(size): a whole number of any length (FLOAT(99999999999999999999) is a DOUBLE).
            return type.withMember(size.compareTo(java.math.BigDecimal.valueOf(32)) <= 0 ? SqlglotType.FLOAT
                    : SqlglotType.DOUBLE).withParams(List.of());
        }
        return type;
    }

    /** Snowflake: VECTOR's DOUBLE element stays FLOAT; a struct of unnamed types is a bare OBJECT. */
    private String snowflake(GlotType type, GlotType parent) {
        if (type.member() == SqlglotType.DOUBLE && parent != null && parent.member() == SqlglotType.VECTOR) {
            return "FLOAT";
        }
        boolean struct = grammar.in("struct", type.member().name());
        if (struct && type.fields().stream().anyMatch(f -> f.name() == null)) {
            return "OBJECT";
        }
        return datatype(type, parent);
    }
}
