package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import java.util.ArrayList;
import java.util.List;

/** Reads what an adapter streams into a list (tests only: the job never collects a catalog). */
final class Tables {

    private Tables() {
    }

    static List<TableMetadata> all(SourceAdapter adapter, Slice slice, TableKey after) {
        List<TableMetadata> tables = new ArrayList<>();
        try (TableStream stream = adapter.tables(slice, after)) {
            stream.forEachRemaining(tables::add);
        }
        return tables;
    }

    static List<TableMetadata> all(SourceAdapter adapter) {
        return all(adapter, Slice.WHOLE, null);
    }
}
