package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.JdbcSourceConfig;
import java.util.List;
import java.util.function.Consumer;

/** Skeleton: the real adapter arrives with its issue. */
public final class JdbcSourceAdapter implements SourceAdapter {
    private final JdbcSourceConfig config;

    public JdbcSourceAdapter(JdbcSourceConfig config, Consumer<String> warnings) {
        this.config = config;
    }

    @Override
    public void check() {
        throw new SourceException(config.name(), ErrorCategory.UNSUPPORTED, "adapter under construction");
    }

    @Override
    public List<Slice> plan(int partitionThreshold) {
        return List.of(Slice.WHOLE);
    }

    @Override
    public TableStream tables(Slice slice, TableKey after) {
        throw new SourceException(config.name(), ErrorCategory.UNSUPPORTED, "adapter under construction");
    }

    @Override
    public void close() {
    }
}
