import io.schemabuilder.types.Dialect;
import io.schemabuilder.types.MappedType;
import io.schemabuilder.types.TypeMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 4's speed check, a plain harness (one thread): how many native type texts the mapper maps per second as
 * the job meets them (a catalog repeats a few hundred distinct texts, so almost every call is a cache hit), and
 * what one first-time mapping (parse, render, parse back) costs. Run from the repository root after
 * {@code ./mvnw -q -pl type-mapping compile}:
 * <pre>java -cp type-mapping/target/classes bench/TypeMappingBench.java</pre>
 * It prints a Markdown section for docs/performance.md.
 */
public class TypeMappingBench {
    private static final String[] POSTGRES = {"integer", "bigint", "smallint", "numeric(10,2)", "numeric(38,10)",
            "character varying(255)", "character varying", "text", "boolean", "date", "timestamp without time zone",
            "timestamp with time zone", "timestamp(3) with time zone", "time without time zone", "double precision",
            "real", "jsonb", "json", "uuid", "bytea", "integer[]", "text[]", "character varying(50)[]", "inet",
            "interval", "money", "bit(1)", "user_status", "citext", "tsvector"};

    public static void main(String[] args) {
        int distinct = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<String> catalog = catalog(distinct);
        TypeMapper mapper = TypeMapper.forDialect(Dialect.POSTGRES);

        // Warm-up, then the measured pass: 20 million lookups over the catalog's distinct texts.
        long sink = run(mapper, catalog, 5_000_000);
        int calls = 20_000_000;
        long start = System.nanoTime();
        sink += run(mapper, catalog, calls);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = calls / seconds;

        // First-time cost: the catalog's common types through mappers that cache nothing, so each call is a first.
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            fresh.addAll(List.of(POSTGRES));
        }
        Dialect[] dialects = {Dialect.POSTGRES, Dialect.DUCKDB};
        for (int warm = 0; warm < 3; warm++) {
            sink += uncached(dialects, fresh);
        }
        long uncachedStart = System.nanoTime();
        sink += uncached(dialects, fresh);
        double uncachedMicros = (System.nanoTime() - uncachedStart) / 1e3 / (fresh.size() * (double) dialects.length);

        System.out.println("## Type mapping (issue 4)");
        System.out.println();
        System.out.println("`java -cp type-mapping/target/classes bench/TypeMappingBench.java`, one thread, JDK "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores:");
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        System.out.printf("| type texts mapped per second, a catalog of %d distinct texts (cache hits) | %,.0f |%n",
                distinct, perSecond);
        System.out.printf("| one first-time mapping (parse, render, parse back), mean over %,d calls on %d common types | %.1f µs |%n",
                fresh.size() * dialects.length, POSTGRES.length, uncachedMicros);
        System.out.println();
        System.out.println("Each mapper caches up to 50,000 distinct texts (a ConcurrentHashMap that stops growing"
                + " when full; texts past the cap are mapped every time, still correctly). (checksum " + (sink % 10) + ")");
    }

    /** {@code distinct} texts shaped like a PostgreSQL catalog's: common types, then sized variants of them. */
    private static List<String> catalog(int distinct) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < distinct; i++) {
            String base = POSTGRES[i % POSTGRES.length];
            texts.add(i < POSTGRES.length ? base : "character varying(" + i + ")");
        }
        return texts;
    }

    private static long run(TypeMapper mapper, List<String> catalog, int calls) {
        long sink = 0;
        int size = catalog.size();
        for (int i = 0; i < calls; i++) {
            MappedType mapped = mapper.map(catalog.get(i % size));
            sink += mapped.schemaType().length();
        }
        return sink;
    }

    private static long uncached(Dialect[] dialects, List<String> texts) {
        long sink = 0;
        for (Dialect dialect : dialects) {
            TypeMapper mapper = TypeMapper.uncached(dialect);
            for (String text : texts) {
                sink += mapper.map(text).schemaType().length();
            }
        }
        return sink;
    }
}
