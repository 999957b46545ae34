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

    @Test
    void sourcesOfNestedIncludesAreReadWithPathsRelativeToTheFileDefiningThem() throws Exception {
        write("project.visivo.yml", """
                name: p
                includes:
                  - path: sources/databases.visivo.yml
                sources:
                  - name: local
                    type: sqlite
                    database: local.db
                """);
        write("sources/databases.visivo.yml", """
                includes:
                  - path: files/files.visivo.yml
                sources:
                  - name: warehouse
                    type: postgresql
                    host: localhost
                    password: "{{ env_var('PG_PASSWORD') }}"
                """);
        Path files = write("sources/files/files.visivo.yml", """
                sources:
                  - name: sales_csv
                    type: csv
                    file: sales.csv
                models:
                  - name: orders
                    sql: select 1
                """);

        SchemaBuilderConfig config = loader.load(dir.resolve("project.visivo.yml"));

        assertThat(config.sources()).extracting(SourceConfig::name).containsExactly("local", "warehouse", "sales_csv");
        assertThat(((CsvSourceConfig) config.source("sales_csv").orElseThrow()).path())
                .isEqualTo(dir.resolve("sources/files/sales.csv"));
        assertThat(config.warnings()).isEmpty();
        String before = config.sha256();
        Files.writeString(files, Files.readString(files).replace("sales.csv", "sales2.csv"));
        assertThat(loader.load(dir.resolve("project.visivo.yml")).sha256())
                .as("an included file's change is a change of the config").isNotEqualTo(before);
    }

    @Test
    void includesThatFormACycleAreAConfigurationErrorNamingTheChain() throws Exception {
        write("project.visivo.yml", "includes:\n  - path: a.yml\n");
        write("a.yml", "includes:\n  - path: nested/b.yml\nsources:\n  - {name: a, type: sqlite, database: a.db}\n");
        write("nested/b.yml", "includes:\n  - path: ../a.yml\n");

        assertThatThrownBy(() -> loader.load(dir.resolve("project.visivo.yml"))).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("nested/b.yml") + ": include #1: includes form a cycle: "
                        + dir.resolve("project.visivo.yml") + " -> " + dir.resolve("a.yml") + " -> "
                        + dir.resolve("nested/b.yml") + " -> " + dir.resolve("a.yml"));
    }

    @Test
    void aSourceNameDefinedInTwoFilesIsAConfigurationErrorNamingBoth() throws Exception {
        write("project.visivo.yml", """
                includes:
                  - path: more.visivo.yml
                sources:
                  - {name: shop, type: sqlite, database: shop.db}
                """);
        write("more.visivo.yml", "sources:\n  - {name: shop, type: sqlite, database: other.db}\n");

        assertThatThrownBy(() -> loader.load(dir.resolve("project.visivo.yml"))).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("more.visivo.yml") + ": source 'shop': field 'name': duplicate source name"
                        + " 'shop' (also defined in " + dir.resolve("project.visivo.yml") + ")");
    }

    @Test
    void aRemoteIncludeIsSkippedWithAWarningAndAMissingLocalOneIsAnError() throws Exception {
        Path project = write("project.visivo.yml", """
                includes:
                  - path: visivo-io/github-dashboard.git@main
                  - path: https://github.com/acme/dashboards.git
                  - path: github.com/acme/dashboards/project.visivo.yml
                sources:
                  - {name: shop, type: sqlite, database: shop.db}
                """);

        SchemaBuilderConfig config = loader.load(project);

        assertThat(config.sources()).extracting(SourceConfig::name).containsExactly("shop");
        assertThat(config.warnings()).containsExactly(
                project + ": include 'visivo-io/github-dashboard.git@main' is a remote (git) include, which"
                        + " schema-builder does not fetch: it is skipped, and sources defined there are not read",
                project + ": include 'https://github.com/acme/dashboards.git' is a remote (git) include, which"
                        + " schema-builder does not fetch: it is skipped, and sources defined there are not read",
                project + ": include 'github.com/acme/dashboards/project.visivo.yml' is a remote (git) include,"
                        + " which schema-builder does not fetch: it is skipped, and sources defined there are not read");
        assertThat(VisivoIncludes.isRemote(".github/sources.yml")).as("a local folder named .github").isFalse();

        Files.writeString(project, "includes:\n  - path: missing.yml\nsources:\n  - {name: s, type: sqlite, database: s.db}\n");
        assertThatThrownBy(() -> loader.load(project)).isInstanceOf(ConfigException.class)
                .hasMessage(project + ": include #1: no such file: " + dir.resolve("missing.yml"));
    }

    private Path write(String name, String text) throws java.io.IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
