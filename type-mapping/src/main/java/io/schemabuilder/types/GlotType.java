package io.schemabuilder.types;

import java.util.List;
import java.util.Locale;

/**
 * A parsed type, as sqlglot's {@code exp.DataType} holds it: the member, its parameters ({@code 10}, {@code MAX},
 * {@code 100 CHAR}, {@code 'UTC'}), nested fields (array element, struct fields, map key and value), fixed array
 * sizes, ClickHouse's nullability marker, and a user-defined type's name. Equality is sqlglot's: parameters and
 * names compare case-insensitively (quoted names exactly).
 *
 * @param nullable null when the dialect does not mark it; ClickHouse marks every type true or false
 * @param kind     the name of a USERDEFINED type, or the unit of an INTERVAL with one ({@code DAY TO SECOND})
 */
public record GlotType(SqlglotType member, List<String> params, List<Field> fields, List<String> arrayValues,
                       Boolean nullable, String kind) {

    /**
     * A nested type, named (a struct's field) or not (an array's element, a map's key). A named field's type is null
     * where sqlglot keeps the name but reads no type after it ({@code STRUCT<a NUMBER(5, -2)>}).
     */
    public record Field(String name, boolean quoted, GlotType type, String constraints, String nameComments) {

        /**
         * @param constraints  after the type, as sqlglot writes them ({@code COMMENT 'x' NOT NULL}), then the comments
         *                     sqlglot keeps on the field ({@code  /* c *}{@code /}); empty if none
         * @param nameComments the comments sqlglot keeps on a field's name, written after it; empty if none
         */
        public Field {
            constraints = constraints == null ? "" : constraints;
            nameComments = nameComments == null ? "" : nameComments;
        }

        public Field(String name, boolean quoted, GlotType type, String constraints) {
            this(name, quoted, type, constraints, "");
        }

        public Field(String name, boolean quoted, GlotType type) {
            this(name, quoted, type, "");
        }

        /** The field with comments written after it (sqlglot's {@code _parse_csv} gives a comma's to the item before). */
        public Field withTrailing(String comments) {
            return comments.isEmpty() ? this : new Field(name, quoted, type, constraints + comments, nameComments);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Field other)) {
                return false;
            }
            boolean sameName = name == null ? other.name == null
                    : other.name != null && quoted == other.quoted
                      && (quoted ? name.equals(other.name) : name.equalsIgnoreCase(other.name));
            return sameName && java.util.Objects.equals(type, other.type)
                    && normalized(List.of(constraints)).equals(normalized(List.of(other.constraints)));
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(type);
        }
    }

    public GlotType {
        params = List.copyOf(params);
        fields = List.copyOf(fields);
        arrayValues = List.copyOf(arrayValues);
    }

    public static GlotType of(SqlglotType member) {
        return new GlotType(member, List.of(), List.of(), List.of(), null, null);
    }

    /**
     * What sqlglot makes of brackets after a closed nested type ({@code ARRAY<INT>(1,)}): an inline constructor
     * cast to the type, {@code CAST(ARRAY(1) AS ARRAY<INT>)}, no DataType. Held as an UNKNOWN whose one field is the
     * target type, whose array values are the constructor's values and whose kind names the constructor.
     */
    public static GlotType cast(GlotType target, List<String> values, boolean struct) {
        return new GlotType(SqlglotType.UNKNOWN, List.of(), List.of(new Field(null, false, target)), values, null,
                struct ? CAST_STRUCT : CAST_ARRAY);
    }

    static final String CAST_ARRAY = "CAST ARRAY";
    static final String CAST_STRUCT = "CAST STRUCT";

    /** A {@link #cast} of an inline constructor, not a type. */
    public boolean isCast() {
        return member == SqlglotType.UNKNOWN && (CAST_ARRAY.equals(kind) || CAST_STRUCT.equals(kind));
    }

    public GlotType withNullable(Boolean value) {
        return new GlotType(member, params, fields, arrayValues, value, kind);
    }

    public GlotType withMember(SqlglotType value) {
        return new GlotType(value, params, fields, arrayValues, nullable, kind);
    }

    public GlotType withParams(List<String> value) {
        return new GlotType(member, value, fields, arrayValues, nullable, kind);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GlotType other)) {
            return false;
        }
        return member == other.member && normalized(params).equals(normalized(other.params))
                && fields.equals(other.fields) && normalized(arrayValues).equals(normalized(other.arrayValues))
                // sqlglot compares arguments without their false values: nullable=False equals no marker.
                && Boolean.TRUE.equals(nullable) == Boolean.TRUE.equals(other.nullable)
                && java.util.Objects.equals(comparable(kind), comparable(other.kind));
    }

    @Override
    public int hashCode() {
        return member.hashCode() * 31 + fields.size();
    }

    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile(" /\\*.*?\\*/");

    /** A kind as sqlglot compares it: without comments (a bare INTERVAL's kind holds only them), any case. */
    private static String comparable(String kind) {
        String text = kind == null ? "" : COMMENT.matcher(kind).replaceAll("").toLowerCase(Locale.ROOT);
        return text.isEmpty() ? null : text;
    }

    private static List<String> normalized(List<String> texts) {
        // Comments are no part of sqlglot's equality: NUMERIC(10 /* c */) equals NUMERIC(10).
        return texts.stream().map(t -> COMMENT.matcher(t).replaceAll("").replace(" ", "").toLowerCase(Locale.ROOT))
                .toList();
    }
}
