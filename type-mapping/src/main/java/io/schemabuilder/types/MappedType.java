package io.schemabuilder.types;

/**
 * What a column's native type becomes: the sqlglot member written as {@code sqlglot_type}, and the type string
 * written into {@code sqlglot_schema}, which sqlglot parses back (in the same dialect) to an equal type.
 */
public record MappedType(SqlglotType member, String schemaType) {

    /** {@code DataType.Type.<MEMBER>}, as schema.json writes it. */
    public String sqlglotType() {
        return member.qualifiedName();
    }
}
