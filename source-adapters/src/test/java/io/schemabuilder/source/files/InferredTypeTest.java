package io.schemabuilder.source.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.types.Dialect;
import io.schemabuilder.types.TypeMapper;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InferredTypeTest {

    /** What sqlglot's duckdb dialect makes of each name (its TIMESTAMP is zone-less, its VARCHAR is TEXT): none UNKNOWN. */
    @Test
    void everyInferredTypeIsADuckdbTypeSqlglotKnows() {
        TypeMapper duckdb = TypeMapper.forDialect(Dialect.DUCKDB);

        String mapped = Arrays.stream(InferredType.values())
                .map(t -> t.duckdbName() + " -> " + duckdb.map(t.duckdbName()).sqlglotType())
                .collect(Collectors.joining("\n"));

        assertThat(mapped).isEqualTo("""
                BOOLEAN -> DataType.Type.BOOLEAN
                BIGINT -> DataType.Type.BIGINT
                DOUBLE -> DataType.Type.DOUBLE
                DATE -> DataType.Type.DATE
                TIMESTAMP -> DataType.Type.TIMESTAMPNTZ
                TIMESTAMP WITH TIME ZONE -> DataType.Type.TIMESTAMPTZ
                TIME -> DataType.Type.TIME
                VARCHAR -> DataType.Type.TEXT""");
    }
}
