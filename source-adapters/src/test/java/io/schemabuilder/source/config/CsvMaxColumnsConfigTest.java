package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV source's max_columns: 10000 unless set, at most 1,000,000. */
class CsvMaxColumnsConfigTest {
    @TempDir
    Path dir;

    private SchemaBuilderConfig load(String maxColumns) throws Exception {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: plain
                    type: csv
                    path: data
                  - name: wide
                    type: csv
                    path: data
                    max_columns: %s
                """.formatted(maxColumns));
        return new ConfigLoader(Map.<String, String>of()::get).load(config);
    }

    @Test
    void maxColumnsDefaultsTo10000AndCanBeRaised() throws Exception {
        SchemaBuilderConfig loaded = load("250000");

        assertThat(loaded.sources()).map(s -> ((CsvSourceConfig) s).maxColumns()).containsExactly(10_000, 250_000);
    }

    @Test
    void maxColumnsAboveAMillionIsAConfigurationError() {
        assertThatThrownBy(() -> load("2000000")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("max_columns").hasMessageContaining("must be between 1 and 1000000");
    }
}
