package io.schemabuilder.source.excel;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.ExcelSourceConfig;
import java.util.List;
import java.util.function.Consumer;

/** Skeleton: the real adapter arrives with its issue. */
public final class ExcelSourceAdapter implements SourceAdapter {
    private final ExcelSourceConfig config;

    public ExcelSourceAdapter(ExcelSourceConfig config, Consumer<String> warnings) {
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
