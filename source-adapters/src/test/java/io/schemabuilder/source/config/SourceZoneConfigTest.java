package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's zone: the network a remote worker must be in to read it. */
class SourceZoneConfigTest {
    @TempDir
    Path dir;

    private SchemaBuilderConfig load(String zoneLine) throws Exception {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: data
                  - name: books
                    type: excel
                    path: books.xlsx
                  - name: warehouse
                    type: postgresql
                    host: db.internal
                %s
                """.formatted(zoneLine));
        return new ConfigLoader(Map.<String, String>of()::get).load(config);
    }

    @Test
    void everySourceTypeIsInTheDefaultZoneUnlessItSaysOtherwise() throws Exception {
        SchemaBuilderConfig loaded = load("    zone: dmz-2_b");

        assertThat(loaded.sources()).map(SourceConfig::zone).containsExactly("default", "default", "dmz-2_b");
    }

    @Test
    void aZoneOutsideTheNameCharactersIsAConfigurationError() {
        assertThatThrownBy(() -> load("    zone: 'east coast'")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("source 'warehouse': field 'zone': must match [A-Za-z0-9_-]+, got 'east coast'");
    }

    @Test
    void anEmptyZoneIsAConfigurationError() {
        assertThatThrownBy(() -> load("    zone: ''")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("field 'zone': must match");
    }
}
