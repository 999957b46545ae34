package io.schemabuilder.batch.sqlglot;

import io.schemabuilder.batch.job.SourceDialects;
import io.schemabuilder.batch.job.TypeMappingProcessor;
import io.schemabuilder.batch.output.RenderedTable;
import io.schemabuilder.batch.output.SchemaFileWriter;
import io.schemabuilder.batch.output.SchemaHeader;
import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceAdapters;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.SourceConfig;
import io.schemabuilder.types.Dialect;
import io.schemabuilder.types.TypeMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A source's schema.json as the job writes it (the same adapter, dialect, type mapping and writer), in one piece and
 * in memory, without what differs from run to run: {@code generated_at} is fixed and file sources' fingerprints
 * ({@code metadata.files}) are left out.
 */
final class SchemaFiles {
    static final Instant GENERATED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private SchemaFiles() {
    }

    static String of(SourceConfig source) throws IOException {
        try (SourceAdapter adapter = SourceAdapters.open(source, warning -> { })) {
            Dialect dialect = SourceDialects.of(source, adapter);
            TypeMappingProcessor types = new TypeMappingProcessor(TypeMapper.forDialect(dialect));
            List<RenderedTable> tables = new ArrayList<>();
            for (Slice slice : adapter.plan(Integer.MAX_VALUE)) {
                try (TableStream stream = adapter.tables(slice, null)) {
                    stream.forEachRemaining(table -> {
                        StagedTable staged = types.process(table);
                        tables.add(SchemaFileWriter.render(new StagedTable(staged.schema(), staged.name(),
                                staged.kind(), staged.comment(), staged.primaryKey(), staged.columns(), null)));
                    });
                }
            }
            tables.sort(Comparator.comparing(RenderedTable::key));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SchemaFileWriter.write(out, SchemaHeader.of(source.name(), source.type(), dialect, GENERATED_AT),
                    () -> tables);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
