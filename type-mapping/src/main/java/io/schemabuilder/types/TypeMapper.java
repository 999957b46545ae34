package io.schemabuilder.types;

/** Maps native type text, as a catalog reports it, to what sqlglot makes of it in one dialect. Thread-safe. */
public interface TypeMapper {

    MappedType map(String nativeType);

    Dialect dialect();

    /** One shared mapper per dialect (mappers are thread-safe and cache what they map). */
    java.util.Map<Dialect, TypeMapper> MAPPERS = new java.util.concurrent.ConcurrentHashMap<>();

    static TypeMapper forDialect(Dialect dialect) {
        return MAPPERS.computeIfAbsent(dialect, SqlglotTypeMapper::new);
    }
}
