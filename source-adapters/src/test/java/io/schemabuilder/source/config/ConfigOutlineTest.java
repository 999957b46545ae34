package io.schemabuilder.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What shell completion reads from a config: names and output_dir, even from a config that would not load. */
class ConfigOutlineTest {
    @TempDir
    Path dir;

    @Test
    void aConfigWithProblemsStillGivesItsSourceNamesAndOutputDir() throws Exception {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                output_dir: ../out
                sources:
                  - {name: warehouse, type: postgresql, host: h, password: '${SB_OUTLINE_UNSET}'}
                  - {name: files, type: csv}
                """);

        ConfigOutline outline = ConfigOutline.read(config);

        assertThat(outline.sourceNames()).containsExactly("warehouse", "files");
        assertThat(outline.outputDir()).isEqualTo(dir.resolveSibling("out"));
    }

    @Test
    void aVisivoProjectGivesTheNamesOfItsIncludedSourcesToo() throws Exception {
        Files.writeString(dir.resolve("more.visivo.yml"), "sources:\n  - {name: shop, type: sqlite, database: s.db}\n");
        Path project = Files.writeString(dir.resolve("project.visivo.yml"), """
                includes: [{path: more.visivo.yml}, {path: acme/dash.git@main}]
                sources:
                  - {name: warehouse, type: postgresql, host: h}
                """);

        assertThat(ConfigOutline.read(project).sourceNames()).containsExactly("warehouse", "shop");
        assertThat(ConfigOutline.read(dir.resolve("missing.yml")).sourceNames()).isEmpty();
    }
}
