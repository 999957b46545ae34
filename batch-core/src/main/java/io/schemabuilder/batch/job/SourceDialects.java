package io.schemabuilder.batch.job;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.SourceConfig;
import io.schemabuilder.types.Dialect;

/** The sqlglot dialect a source's types are read in: the config's, else what the source says it is. */
public class SourceDialects {
    private final SourceAdapterRegistry adapters;

    public SourceDialects(SourceAdapterRegistry adapters) {
        this.adapters = adapters;
    }

    public Dialect of(RunContext run, SourceConfig source) {
        return source.dialect() != null ? source.dialect() : of(source, adapters.adapter(run, source));
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
