package io.schemabuilder.types;

/** Maps native type text, as a catalog reports it, to what sqlglot makes of it in one dialect. Thread-safe. */
public interface TypeMapper {

    MappedType map(String nativeType);

    Dialect dialect();

    /** The dialect's shared mapper, which caches what it maps (a catalog repeats a few hundred distinct texts). */
    static TypeMapper forDialect(Dialect dialect) {
        return SqlglotTypeMapper.shared(dialect);
    }

    /** A mapper that caches nothing: every call parses, renders and checks (for measuring the first-time cost). */
    static TypeMapper uncached(Dialect dialect) {
        return new SqlglotTypeMapper(dialect, 0);
    }
}
