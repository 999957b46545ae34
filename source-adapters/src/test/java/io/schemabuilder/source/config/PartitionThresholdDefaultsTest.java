package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases are sliced coarsely (each slice repeats part of the catalog scan), file folders finely. */
class PartitionThresholdDefaultsTest {
    @TempDir
    Path dir;

    @Test
    void databasesDefaultTo5000TablesPerSliceFilesTo2000AndAnExplicitValueWins() throws Exception {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: warehouse
                    type: postgresql
                    host: localhost
                    database: analytics
                  - name: sliced
                    type: jdbc
                    url: jdbc:h2:mem:x
                    partition_threshold: 300
                  - name: sales
                    type: csv
                    path: data
                  - name: budget
                    type: excel
                    path: budget.xlsx
                """);

        SchemaBuilderConfig loaded = new ConfigLoader(Map.<String, String>of()::get).load(config);

        assertThat(loaded.sources()).extracting(SourceConfig::name, SourceConfig::partitionThreshold)
                .containsExactly(tuple("warehouse", 5000),
                        tuple("sliced", 300),
                        tuple("sales", 2000),
                        tuple("budget", 2000));
    }
}
