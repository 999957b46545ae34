package io.schemabuilder.types;

/** Maps native type text, as a catalog reports it, to what sqlglot makes of it in one dialect. Thread-safe. */
public interface TypeMapper {

    MappedType map(String nativeType);

    Dialect dialect();

    static TypeMapper forDialect(Dialect dialect) {
        return InterimTypeMapper.of(dialect);
    }
}
