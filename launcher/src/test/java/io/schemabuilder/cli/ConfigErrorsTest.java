package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every configuration error exits 2 with one line per problem, and nothing runs or is written. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    private Cli.Result runWith(String yaml) throws Exception {
        Path config = dir.resolve("sources.yml");
        Files.writeString(config, yaml);
        return Cli.run("run", "--config", config.toString(), "--output-dir", dir.resolve("out").toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key            | sources: [{name: a, type: csv, path: x, colour: red}]            | source 'a': field 'colour'
            missing type           | sources: [{name: a, path: x}]                                     | source 'a': field 'type'
            unknown type           | sources: [{name: a, type: mongodb, path: x}]                      | unknown source type 'mongodb'
            invalid name           | sources: [{name: 'a b', type: csv, path: x}]                      | field 'name': must match [A-Za-z0-9_-]+
            duplicate name         | sources: [{name: a, type: csv, path: x}, {name: a, type: csv, path: y}] | duplicate source name 'a'
            missing path           | sources: [{name: a, type: csv}]                                   | source 'a': field 'path'
            unset variable         | sources: [{name: a, type: postgresql, host: h, password: '${SB_TEST_UNSET_VAR}'}] | SB_TEST_UNSET_VAR
            unknown top-level key  | {sources: [{name: a, type: csv, path: x}], outputs: y}             | outputs
            """)
    void aConfigErrorExitsTwoNamingFileSourceAndFieldAndWritesNothing(String what, String yaml, String expected)
            throws Exception {
        Cli.Result result = runWith(yaml);

        assertThat(result.exitCode()).as(what).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).as(what).contains(dir.resolve("sources.yml").toString()).contains(expected);
        assertThat(dir.resolve("out")).as("nothing written, no job execution").doesNotExist();
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() throws Exception {
        Cli.Result result = runWith("""
                sources:
                  - name: a
                    type: csv
                  - name: b
                    type: sqlite
                    colour: red
                """);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines().filter(l -> l.contains("sources.yml"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownSourceInSourcesOptionIsAUsageError() throws Exception {
        Cli.Result result = Cli.run("run", "--config", write("sources: [{name: a, type: csv, path: x}]").toString(),
                "--sources", "a,zzz", "--output-dir", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--sources: no source named 'zzz' (sources: a)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Cli.Result result = Cli.run("run", "--config", dir.resolve("nope.yml").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("nope.yml");
    }

    private Path write(String yaml) throws Exception {
        Path config = dir.resolve("sources.yml");
        Files.writeString(config, yaml);
        return config;
    }

    @Test
    void anOutputDirThatCannotBeWrittenExitsTwoBeforeAnyRunIsRecorded() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path config = Files.writeString(dir.resolve("sources.yml"), "sources: [{name: a, type: csv, path: data}]\n");
        Path aFile = Files.writeString(dir.resolve("taken"), "not a folder");
        Path schemasIsAFile = Files.createDirectories(dir.resolve("half"));
        Files.writeString(schemasIsAFile.resolve("schemas"), "not a folder");

        Cli.Result underAFile = Cli.run("run", "--config", config.toString(), "--output-dir", aFile + "/out");
        Cli.Result blocked = Cli.run("run", "--config", config.toString(), "--output-dir", schemasIsAFile.toString());

        assertThat(underAFile.exitCode()).as(underAFile.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(underAFile.err().strip()).startsWith("output dir " + aFile + "/out cannot be written: ");
        assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(blocked.err().strip()).isEqualTo("output dir " + schemasIsAFile + " cannot be written: a file is"
                + " where the folder should be (" + schemasIsAFile.resolve("schemas") + ")");
        assertThat(schemasIsAFile.resolve(".schema-builder")).as("no job repository, no run recorded").doesNotExist();
    }
}
