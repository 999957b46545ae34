package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script, loaded by a real bash (and zsh, when installed) and asked what a TAB offers: commands and
 * options from picocli, source names and run ids from schema-builder itself, which the script calls back as a
 * {@code schema-builder} on the PATH (here: this build's classes).
 */
class CompletionTest {
    @TempDir
    static Path dir;
    private static Path config;
    private static Path script;

    /** Two runs into the config's output_dir, which failed (source orders fails): run 2 the restart of run 1. */
    @BeforeAll
    static void configWithTwoRunsAndTheScript() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "id,name\n1,x\n");
        config = Files.writeString(dir.resolve("sources.yml"), """
                output_dir: out
                sources:
                  - name: shop
                    type: csv
                    path: data
                  - name: orders
                    type: csv
                    path: missing-folder
                """);
        assertThat(Cli.run("run", "--config", config.toString()).exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);
        // run 2 restarts run 1 and fails again: only run 2 can be restarted now
        assertThat(Cli.run("restart", "--config", config.toString()).exitCode()).isEqualTo(ExitCodes.SOURCES_FAILED);

        Cli.Result bash = Cli.run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        script = Files.writeString(dir.resolve("schema-builder.bash"), bash.out());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("schema-builder"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' io.schemabuilder.cli.SchemaBuilderMain \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void bashCompletesCommandsOptionsSourceNamesAndRunIds() throws Exception {
        String cfg = config.toString();
        List<String> lines = shell("bash", """
                source "$SCRIPT"
                complete -p schema-builder
                tab() {
                  COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                  # 2>/dev/null: picocli's compopt says it is not in a real completion
                  _schema_builder schema-builder "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
                  echo "$*|${COMPREPLY[*]}"
                }
                tab schema-builder ''
                tab schema-builder ch
                tab schema-builder run --f
                tab schema-builder completion ''
                HOME="$(dirname "$CONFIG")" tab schema-builder check --config '~/sources.yml' --sources shop,o
                tab schema-builder show --config "$CONFIG" ''
                tab schema-builder restart --config "$CONFIG" ''
                tab schema-builder stop --output-dir "$OUT" ''
                tab schema-builder run --progress ''
                """);

        assertThat(lines).containsExactly(
                "complete -o default -F _schema_builder schema-builder",
                "schema-builder |run restart history show stop abandon purge diff types check serve worker completion",
                "schema-builder ch|check",
                "schema-builder run --f|--full",
                "schema-builder completion |bash zsh",
                "schema-builder check --config ~/sources.yml --sources shop,o|shop,orders",
                "schema-builder show --config " + cfg + " |2 1",
                "schema-builder restart --config " + cfg + " |2",
                "schema-builder stop --output-dir " + dir.resolve("out") + " |",
                "schema-builder run --progress |tty plain off");
    }

    @Test
    void zshLoadsTheSameScriptThroughBashcompinit() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v zsh").start().waitFor() == 0,
                "zsh is not installed: the zsh completion test is skipped (apt-get install zsh)");
        Cli.Result zsh = Cli.run("completion", "zsh");
        Path zshScript = Files.writeString(dir.resolve("schema-builder.zsh"), zsh.out());
        // What zsh's _bash_complete does at a TAB: COMP_* from the words, then compgen -F (zsh's emulation,
        // which leaves matching the current word to zsh itself: so only empty words here).
        List<String> lines = shell("zsh", """
                autoload -U compinit && compinit -u
                source "$ZSH_SCRIPT"
                complete -p | grep ' schema-builder$'
                tab() {
                  local -a words COMP_WORDS COMPREPLY; words=("$@"); local CURRENT=$#
                  local -x COMP_CWORD=$(( CURRENT - 1 )) COMP_LINE="$*" COMP_POINT=${#${:-$*}}
                  COMP_WORDS=("${words[@]}")
                  echo "$*|${(j: :)${(f)"$(compgen -F _schema_builder -- ${words[CURRENT]})"}}"
                }
                tab schema-builder ''
                tab schema-builder run --config "$CONFIG" --sources ''
                tab schema-builder restart --config "$CONFIG" ''
                """, "ZSH_SCRIPT", zshScript.toString());

        assertThat(zsh.out()).contains("bashcompinit");
        assertThat(lines).containsExactly(
                "complete -F _schema_builder -o default schema-builder",
                "schema-builder |run restart history show stop abandon purge diff types check serve worker completion",
                "schema-builder run --config " + config + " --sources |shop orders",
                "schema-builder restart --config " + config + " |2");
    }

    /** Runs the shell's commands with the script, the config and a schema-builder on the PATH; its output lines. */
    private static List<String> shell(String shell, String commands, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(shell, "-c", commands).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("SCRIPT", script.toString());
        builder.environment().put("CONFIG", config.toString());
        builder.environment().put("OUT", dir.resolve("out").toString());
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(lines::add);
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(shell + " did not finish within 2 minutes: " + lines);
        }
        return lines;
    }
}
