package io.schemabuilder.types;

/**
 * The README's rule for one native type text, shared by the golden and the differential tests: the member is
 * sqlglot's; a text sqlglot cannot parse is written {@code UNKNOWN}; where sqlglot's own rendering ({@code sql})
 * reads back equal, the schema string is exactly that; elsewhere it is {@code sql_default} or the native text,
 * and reads back (by the project's parser, in the dialect) as the type the native text is.
 */
final class SchemaStringRule {

    private SchemaStringRule() {
    }

    /**
     * @param sql        sqlglot's rendering in the dialect; null when sqlglot fails on the text
     * @param roundtrip  whether {@code sql} reads back equal in sqlglot
     * @param exception  the project's documented string for this text (rendering-exceptions.tsv), or null
     * @return null when the mapping follows the rule, else what is wrong
     */
    static String check(Dialect dialect, String nativeType, String sqlglotType, String sql, boolean roundtrip,
                        String sqlDefault, String exception) {
        SqlglotTypeMapper mapper = (SqlglotTypeMapper) TypeMapper.forDialect(dialect);
        MappedType mapped = mapper.map(nativeType);
        String where = dialect.sqlglotName() + " '" + nativeType + "': ";
        if (!mapped.sqlglotType().equals(sqlglotType)) {
            return where + "sqlglot_type " + mapped.sqlglotType() + ", sqlglot says " + sqlglotType;
        }
        String schema = mapped.schemaType();
        if (sql == null) {
            return schema.equals("UNKNOWN") ? null : where + "schema string " + schema + ", expected UNKNOWN";
        }
        GlotType parsed = mapper.parse(nativeType);
        if (parsed != null && parsed.isCast()) {
            // No type (sqlglot's Cast of an inline constructor, ARRAY<INT>(1)): its own rendering, nothing to read back.
            return schema.equals(sql) ? null : where + "schema string " + schema + ", sqlglot writes " + sql;
        }
        if (!parsed.equals(mapper.parse(schema))) {
            return where + "schema string " + schema + " reads back as another type";
        }
        if (roundtrip) {
            String expected = exception != null ? exception : sql;
            return schema.equals(expected) ? null : where + "schema string " + schema + ", sqlglot writes " + sql;
        }
        return schema.equals(sqlDefault) || schema.equals(nativeType) ? null
                : where + "schema string " + schema + " is neither sql_default " + sqlDefault
                  + " nor the native text";
    }
}
