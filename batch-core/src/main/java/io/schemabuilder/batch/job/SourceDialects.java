package io.schemabuilder.batch.job;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.SourceConfig;
import io.schemabuilder.types.Dialect;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sqlglot dialect a source's types are read in: the config's, else what the source says it is. A remote run's
 * manager never opens a source: it uses what the source's worker recorded ({@link #record}).
 */
public class SourceDialects {
    private final SourceAdapterRegistry adapters;
    private final boolean neverOpen;
    private final Map<String, Dialect> recorded = new ConcurrentHashMap<>();

    public SourceDialects(SourceAdapterRegistry adapters) {
        this(adapters, false);
    }

    /** @param neverOpen true in a remote run's manager: a dialect neither configured nor recorded is an error */
    public SourceDialects(SourceAdapterRegistry adapters, boolean neverOpen) {
        this.adapters = adapters;
        this.neverOpen = neverOpen;
    }

    public Dialect of(RunContext run, SourceConfig source) {
        if (source.dialect() != null) {
            return source.dialect();
        }
        Dialect known = recorded.get(run.runId() + "/" + source.name());
        if (known != null) {
            return known;
        }
        if (neverOpen) {
            throw new SourceException(source.name(), ErrorCategory.INTERNAL,
                    "its worker recorded no dialect: set `dialect:` in the config");
        }
        return of(source, adapters.adapter(run, source));
    }

    /** The dialect a remote worker found for a source of a run (read from its partition's context). */
    public void record(String runId, String source, Dialect dialect) {
        recorded.put(runId + "/" + source, dialect);
    }

    /** The same, with the source's adapter at hand (asked only when the config does not say). */
    public static Dialect of(SourceConfig source, SourceAdapter adapter) {
        if (source.dialect() != null) {
            return source.dialect();
        }
        Dialect detected = adapter.dialect();
        if (detected != null) {
            return detected;
        }
        throw new SourceException(source.name(), ErrorCategory.CONFIG,
                "the driver's database is not a known sqlglot dialect: set `dialect:` (one of " + Dialect.acceptedNames() + ")");
    }
}
