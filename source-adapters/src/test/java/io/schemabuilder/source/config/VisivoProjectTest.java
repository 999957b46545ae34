package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Visivo project file, written after Visivo's documented examples, reads as the equivalent sources.yml. */
class VisivoProjectTest {
    private static final Map<String, String> ENV = Map.of("PG_PASSWORD", "pw", "SNOWFLAKE_PASSWORD", "sf");

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(ENV::get);

    @Test
    void aVisivoProjectsSourcesReadAsTheEquivalentSourcesFile() throws Exception {
        Path project = Files.writeString(dir.resolve("project.visivo.yml"), """
                name: acme-analytics
                cli_version: "1.0.64"
                defaults:
                  source_name: warehouse
                sources:
                  - name: warehouse
                    type: postgresql
                    host: localhost
                    port: 5432
                    database: analytics
                    username: visivo
                    password: "{{ env_var('PG_PASSWORD') }}"
                    db_schema: public
                    connection_pool_size: 4
                  - name: local
                    type: sqlite
                    database: data/local.db
                  - name: sales_csv
                    type: csv
                    file: data/sales.csv
                    delimiter: ","
                    encoding: utf-8
                    has_header: true
                  - name: budget
                    type: xls
                    file: data/budget.xlsx
                models:
                  - name: orders
                    sql: select * from orders
                traces:
                  - name: revenue
                    model: ref(orders)
                    props:
                      type: bar
                      x: "?{month}"
                      y: "?{sum(amount)}"
                dashboards:
                  - name: Sales
                    rows: []
                """);
        Path equivalent = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: warehouse
                    type: postgresql
                    host: localhost
                    port: 5432
                    database: analytics
                    username: visivo
                    password: ${PG_PASSWORD}
                    db_schema: public
                  - name: local
                    type: sqlite
                    database: data/local.db
                  - name: sales_csv
                    type: csv
                    file: data/sales.csv
                    delimiter: ","
                    encoding: utf-8
                    has_header: true
                  - name: budget
                    type: excel
                    file: data/budget.xlsx
                """);

        SchemaBuilderConfig fromProject = loader.load(project);
        SchemaBuilderConfig fromSources = loader.load(equivalent);

        assertThat(fromProject.sources()).usingRecursiveComparison().isEqualTo(fromSources.sources());
    }

    @Test
    void aVisivoSourceTypeThisToolCannotReadIsNamedInTheError() throws Exception {
        Path project = Files.writeString(dir.resolve("project.visivo.yml"), """
                name: p
                sources:
                  - name: bq
                    type: bigquery
                    project: my-gcp-project
                    database: analytics
                """);

        assertThatThrownBy(() -> loader.load(project)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("source 'bq': field 'type': Visivo source type 'bigquery' is not supported");
    }
}
