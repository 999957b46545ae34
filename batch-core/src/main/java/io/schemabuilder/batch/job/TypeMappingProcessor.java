package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.types.MappedType;
import io.schemabuilder.types.TypeMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Maps every column's native type to its sqlglot type, in the source's dialect. */
public class TypeMappingProcessor implements ItemProcessor<TableMetadata, StagedTable> {
    private final TypeMapper mapper;

    public TypeMappingProcessor(TypeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public StagedTable process(TableMetadata table) {
        List<StagedTable.StagedColumn> columns = new ArrayList<>(table.columns().size());
        for (ColumnMetadata column : table.columns()) {
            MappedType type = mapper.map(column.nativeType());
            columns.add(new StagedTable.StagedColumn(column.name(), column.nativeType(), column.nullable(),
                    type.sqlglotType(), type.schemaType(), column.comment()));
        }
        return new StagedTable(table.key().schema(), table.key().name(), table.kind().jsonName(), table.comment(),
                table.primaryKey(), columns, table.file());
    }
}
