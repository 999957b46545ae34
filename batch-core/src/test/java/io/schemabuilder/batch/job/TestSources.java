package io.schemabuilder.batch.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory sources a test registers by name; the job's adapter factory hands them out. */
final class TestSources {
    static final Map<String, InMemorySource> BY_NAME = new ConcurrentHashMap<>();

    private TestSources() {
    }

    static SourceAdapterFactory factory() {
        return (config, warnings) -> {
            InMemorySource source = BY_NAME.get(config.name());
            if (source == null) {
                throw new IllegalStateException("test source " + config.name() + " not registered");
            }
            return source;
        };
    }
}
