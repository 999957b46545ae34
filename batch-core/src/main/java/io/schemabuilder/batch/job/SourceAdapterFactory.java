package io.schemabuilder.batch.job;

import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceAdapters;
import io.schemabuilder.source.config.SourceConfig;
import java.util.function.Consumer;

/** Opens a source's adapter. The job uses {@link #DEFAULT}; tests may put sources of their own behind it. */
@FunctionalInterface
public interface SourceAdapterFactory {

    SourceAdapter open(SourceConfig source, Consumer<String> warnings);

    SourceAdapterFactory DEFAULT = SourceAdapters::open;
}
