package io.schemabuilder.types;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps native type text as sqlglot's {@code DataType.from_str(text, dialect, udt=...)} does: the member of the
 * type the text starts with; a user-defined type where the dialect has them and the text names no type; UNKNOWN
 * where sqlglot finds no type (written {@code UNKNOWN} in {@code sqlglot_schema}, which loads in every dialect).
 * The schema string follows the golden vectors' README: sqlglot's own rendering in the dialect where that parses
 * back to the same type, else its default dialect's, else the native text itself. Results are cached: a catalog
 * repeats few distinct type texts.
 */
final class SqlglotTypeMapper implements TypeMapper {
    /** Distinct texts cached per dialect: far above any catalog's few hundred, and a bound on memory (~10 MB). */
    static final int CACHE_LIMIT = 50_000;
    private static final Map<Dialect, TypeMapper> SHARED = new ConcurrentHashMap<>();
    private static final MappedType UNKNOWN = new MappedType(SqlglotType.UNKNOWN, "UNKNOWN");

    private final Dialect dialect;
    private final DialectGrammar grammar;
    /** sqlglot's rendering in the dialect ({@code sql}), then in its default dialect ({@code sql_default}). */
    private final List<TypeRenderer> renderers;
    private final Map<String, MappedType> cache = new ConcurrentHashMap<>();
    private final int cacheLimit;

    SqlglotTypeMapper(Dialect dialect, int cacheLimit) {
        this.dialect = dialect;
        this.cacheLimit = cacheLimit;
        this.grammar = DialectGrammar.of(dialect);
        this.renderers = List.of(new TypeRenderer(RenderStyle.of(dialect), grammar),
                new TypeRenderer(RenderStyle.sqlglotDefault(), grammar));
    }

    static TypeMapper shared(Dialect dialect) {
        return SHARED.computeIfAbsent(dialect, d -> new SqlglotTypeMapper(d, CACHE_LIMIT));
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    /** A null type (a catalog that reports none) is the empty type text, as SQLite reports an undeclared column. */
    @Override
    public MappedType map(String type) {
        String nativeType = type == null ? "" : type;
        MappedType cached = cache.get(nativeType);
        if (cached != null) {
            return cached;
        }
        MappedType mapped = mapUncached(nativeType);
        // Past the limit, texts are mapped every time (still correctly): the cache never grows without bound.
        if (cache.size() < cacheLimit) {
            cache.put(nativeType, mapped);
        }
        return mapped;
    }

    /** The parsed type, as sqlglot would hold it; null when sqlglot fails on the text. */
    GlotType parse(String text) {
        if (text.equalsIgnoreCase("UNKNOWN")) {
            // What the project writes for text sqlglot cannot parse; sqlglot reads it as DataType.Type.UNKNOWN.
            return GlotType.of(SqlglotType.UNKNOWN);
        }
        GlotType parsed;
        try {
            parsed = new TypeParser(grammar).parse(text);
        } catch (TypeTokens.TokenError e) {
            return null;
        }
        if (parsed == null && grammar.flag("user_defined_types")) {
            parsed = new GlotType(SqlglotType.USERDEFINED, List.of(), List.of(), List.of(), null, text);
        }
        return parsed;
    }

    private MappedType mapUncached(String nativeType) {
        GlotType parsed = parse(nativeType);
        if (parsed == null) {
            return UNKNOWN;
        }
        return new MappedType(parsed.member(), schemaType(parsed, nativeType));
    }

    /**
     * The README's rule: sqlglot's own rendering where it reads back (in the dialect) as the same type; else its
     * default dialect's rendering if that does (SQLite writes types by affinity: TINYINT as INTEGER); else the
     * native text, which does by definition.
     */
    private String schemaType(GlotType parsed, String nativeType) {
        if (parsed.isCast()) {
            // No type to read back: sqlglot's own rendering of the CAST is the string (the rule's "class" case).
            return renderers.get(0).render(parsed);
        }
        for (TypeRenderer renderer : renderers) {
            String rendered = renderer.render(parsed);
            if (parsed.equals(parse(rendered))) {
                return rendered;
            }
        }
        return nativeType;
    }
}
