package io.schemabuilder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the shell completion script: picocli's (commands, options, files after --config), followed by this tool's
 * own part (source names, run ids), which calls back {@link CompletionCandidatesCommand}. zsh runs the same script
 * through its bash compatibility (bashcompinit), which the script sets up.
 */
@Command(name = "completion", description = "Print the shell completion script for bash or zsh (README: Shell"
        + " completion), e.g. source <(schema-builder completion bash).")
public class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        System.out.print("# schema-builder completion for " + shell + " (" + (shell == Shell.zsh
                ? "zsh: runs through bashcompinit" : "bash") + "); install: see README, Shell completion\n");
        System.out.print(AutoComplete.bash("schema-builder", root));
        System.out.print(dynamicPart().replace("@VALUE_OPTIONS@", String.join(" ", valueOptions(root))));
        System.out.flush();
        return ExitCodes.OK;
    }

    /** Every option, of any command, that takes a value: the script must not count its value as a positional. */
    private static TreeSet<String> valueOptions(CommandLine root) {
        TreeSet<String> names = new TreeSet<>();
        for (CommandLine command : root.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.arity().max() > 0) {
                    names.addAll(java.util.List.of(option.names()));
                }
            }
        }
        return names;
    }

    private static String dynamicPart() {
        try (InputStream in = CompletionCommand.class.getResourceAsStream("completion-dynamic.bash")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
