package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("schema-builder ");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli.Result result = Cli.run("run", "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--no-such-option");
    }

    @Test
    void runWithoutConfigSaysSo() {
        Cli.Result result = Cli.run("run");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--config");
    }
}
