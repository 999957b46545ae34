package io.schemabuilder.types;

import java.util.Locale;

/** Placeholder until the sqlglot grammar lands (issue 4): first keyword only. Replaced, not kept. */
final class InterimTypeMapper implements TypeMapper {
    private final Dialect dialect;

    private InterimTypeMapper(Dialect dialect) {
        this.dialect = dialect;
    }

    static TypeMapper of(Dialect dialect) {
        return new InterimTypeMapper(dialect);
    }

    @Override
    public MappedType map(String nativeType) {
        String word = nativeType.trim().split("[^A-Za-z0-9_]", 2)[0].toUpperCase(Locale.ROOT);
        try {
            SqlglotType t = SqlglotType.valueOf(word);
            return new MappedType(t, t.name());
        } catch (IllegalArgumentException e) {
            return new MappedType(SqlglotType.UNKNOWN, "UNKNOWN");
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }
}
