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
    void everyCommandPrintsItsUsageWithHelpAsTheUsageErrorSuggests() {
        Cli.Result mistake = Cli.run("run", "--no-such-option");
        assertThat(mistake.err()).contains("see: schema-builder run --help");
        for (String command : new String[] {"run", "restart", "history", "show", "serve", "check", "types"}) {
            Cli.Result help = Cli.run(command, "--help");

            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: schema-builder " + command);
        }
    }

    @Test
    void runWithoutConfigSaysSo() {
        Cli.Result result = Cli.run("run");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--config");
    }

    @Test
    void serveOnAPortOutOfRangeIsAUsageErrorOfOneLine() {
        for (String port : new String[] {"70000", "-1"}) {
            Cli.Result result = Cli.run("serve", "--output-dir", "target/no-such-output", "--port", port);

            assertThat(result.exitCode()).as(port).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err().strip()).as(port).isEqualTo("--port " + port + ": not a port (0 to 65535; 0: any free port)");
        }
    }
}
