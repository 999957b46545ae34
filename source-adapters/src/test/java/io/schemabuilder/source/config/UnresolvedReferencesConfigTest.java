package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote run's manager loads the config with {@code ${VAR}} references as written: it runs with the sources'
 * variables unset and never learns their values.
 */
class UnresolvedReferencesConfigTest {
    @TempDir
    Path dir;

    private Path config() throws Exception {
        return Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: warehouse
                    type: postgresql
                    host: ${PGHOST}
                    port: ${PGPORT}
                    username: ${PGUSER:-reader}
                    password: ${SECRET}
                    connect_timeout: ${TIMEOUT}
                    zone: dmz
                  - name: files
                    type: csv
                    path: ${DATA_DIR}/exports
                    sample_rows: ${ROWS}
                """);
    }

    @Test
    void managerLoadsAConfigWhoseVariablesAreUnsetLeavingTheReferencesAsWritten() throws Exception {
        SchemaBuilderConfig loaded = ConfigLoader.withReferencesUnresolved().load(config());

        JdbcSourceConfig warehouse = (JdbcSourceConfig) loaded.source("warehouse").orElseThrow();
        assertThat(warehouse.host()).isEqualTo("${PGHOST}");
        assertThat(warehouse.username()).isEqualTo("${PGUSER:-reader}");
        assertThat(warehouse.password().reveal()).isEqualTo("${SECRET}");
        assertThat(warehouse.port()).isNull();
        assertThat(warehouse.zone()).isEqualTo("dmz");
        assertThat(loaded.source("files")).isPresent();
    }

    @Test
    void theSameConfigFailsWhereTheSourcesAreReadWhenItsVariablesAreUnset() throws Exception {
        Path config = config();
        assertThatThrownBy(() -> new ConfigLoader(Map.<String, String>of()::get).load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment variable SECRET is not set");
    }

    @Test
    void aReferenceInTheZoneIsAnErrorForTheManagerWhichRoutesByIt() throws Exception {
        Path config = Files.writeString(dir.resolve("zoned.yml"), """
                sources:
                  - name: files
                    type: csv
                    path: data
                    zone: ${ZONE}
                """);
        assertThatThrownBy(() -> ConfigLoader.withReferencesUnresolved().load(config))
                .isInstanceOf(ConfigException.class).hasMessageContaining("field 'zone': must match");
    }
}
