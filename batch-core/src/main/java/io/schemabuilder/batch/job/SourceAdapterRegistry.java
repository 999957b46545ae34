package io.schemabuilder.batch.job;

import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.config.SourceConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open adapter per source for the length of a run, shared by the partitioner and all of the source's
 * partitions (so a JDBC source has one connection pool), closed when the run ends.
 */
public class SourceAdapterRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SourceAdapterRegistry.class);

    private final Map<String, SourceAdapter> adapters = new ConcurrentHashMap<>();
    private final SourceAdapterFactory factory;
    private final RunConsole console;

    public SourceAdapterRegistry(SourceAdapterFactory factory, RunConsole console) {
        this.factory = factory;
        this.console = console;
    }

    /**
     * The source's adapter, opened on first use; unless the run reads everything ({@code --full}), told the tables
     * of the source's previous schema.json so that a file source can reuse those of unchanged files.
     */
    public SourceAdapter adapter(RunContext run, SourceConfig source) {
        SourceAdapter opened = adapters.computeIfAbsent(source.name(), name -> {
            SourceAdapter adapter = factory.open(source, warning -> {
                log.warn("source {}: {}", name, warning);
                console.line("source " + name + ": warning: " + warning);
            });
            if (!run.fullRefresh()) {
                adapter.reuseUnchanged(PreviousFileTables.load(run.layout().schemaFile(name)));
            }
            return adapter;
        });
        if (opened.fileBytes() != null) {
            run.progress().source(source.name()).bytes(opened.fileBytes());
        }
        return opened;
    }

    /** Closes one source's adapter, if open (a remote worker, when the source's partition ends). */
    public void close(String source) {
        SourceAdapter adapter = adapters.remove(source);
        if (adapter != null) {
            try {
                adapter.close();
            } catch (RuntimeException e) {
                log.warn("closing the adapter of source {} failed", source, e);
            }
        }
    }

    /** Closes every adapter (connection pools, open files). */
    @Override
    public void close() {
        adapters.values().forEach(adapter -> {
            try {
                adapter.close();
            } catch (RuntimeException e) {
                log.warn("closing a source adapter failed", e);
            }
        });
        adapters.clear();
    }
}
