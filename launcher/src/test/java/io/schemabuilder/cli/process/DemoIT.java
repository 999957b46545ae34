package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README's first command, on the shipped demo, with the real jar: every schema.json equals its golden file. */
class DemoIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theDemoWritesEverySourcesSchemaFileAsTheGoldenFilesSay() throws Exception {
        Demo.copyInto(dir);

        Launcher.Result run = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");

        assertThat(run.exitCode()).as(run.out()).isZero();
        for (String source : Demo.SOURCES) {
            Golden.assertMatches("demo/" + source + ".schema.json", Demo.schemaWithoutTime(dir.resolve("out"), source));
        }
        assertThat(run.out()).contains("run 1 COMPLETED").contains("3 of 3 sources written");
    }

    @Test
    void historyAndShowListTheRunsTheyMade() throws Exception {
        Demo.copyInto(dir);
        Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");
        Files.writeString(dir.resolve("broken.yml"), """
                sources:
                  - name: shop
                    type: sqlite
                    database: data/missing.db
                """);
        Launcher.run(dir, "run", "--config", "broken.yml", "--output-dir", "out");

        JsonNode history = JSON.readTree(Launcher.run(dir, "history", "--json", "--output-dir", "out").out());
        Launcher.Result text = Launcher.run(dir, "history", "--output-dir", "out");
        JsonNode shown = JSON.readTree(Launcher.run(dir, "show", String.valueOf(history.get(0).get("id").asLong()),
                "--json", "--output-dir", "out").out());

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(history.get(0).get("exit_code").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(history.get(1).get("sources")).hasSize(3);
        assertThat(text.out()).contains("FAILED").contains("COMPLETED").contains("shop=failed");
        assertThat(shown.get("sources").get(0).get("message").asString())
                .isEqualTo("source shop: not_found: database file " + dir.resolve("data/missing.db") + " does not exist");
    }

    @Test
    void oneFailingSourceExitsOneNamesItsCauseWritesTheOthersAndKeepsItsEarlierFile() throws Exception {
        Demo.copyInto(dir);
        assertThat(Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out").exitCode()).isZero();
        byte[] goodShop = Files.readAllBytes(dir.resolve("out/schemas/shop/schema.json"));
        String config = Files.readString(dir.resolve("sources.yml"), StandardCharsets.UTF_8)
                .replace("database: data/demo.db", "database: data/gone.db")
                + """
                  - name: warehouse
                    type: postgresql
                    host: 127.0.0.1
                    port: 1
                    database: test
                    username: postgres
                """;
        Files.writeString(dir.resolve("sources.yml"), config);

        Launcher.Result run = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("source shop: not_found: database file " + dir.resolve("data/gone.db")
                + " does not exist");
        assertThat(run.out()).containsPattern("source warehouse: connect: cannot connect to jdbc:postgresql://127.0.0.1:1/test: .+");
        assertThat(run.out()).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(Files.readAllBytes(dir.resolve("out/schemas/shop/schema.json"))).isEqualTo(goodShop);
        assertThat(dir.resolve("out/schemas/exports/schema.json")).exists();
        assertThat(dir.resolve("out/schemas/budget/schema.json")).exists();
        assertThat(dir.resolve("out/schemas/warehouse")).doesNotExist();
    }
}
