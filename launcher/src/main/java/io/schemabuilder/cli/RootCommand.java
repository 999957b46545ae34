package io.schemabuilder.cli;

import picocli.CommandLine.Command;

@Command(name = "schema-builder", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads table metadata from databases, CSV files and Excel workbooks, and writes one "
                + "sqlglot schema file per source.",
        subcommands = {RunCommand.class, RestartCommand.class, HistoryCommand.class, ShowCommand.class,
                StopCommand.class, AbandonCommand.class, PurgeCommand.class, DiffCommand.class, TypesCliCommand.class,
                CheckCommand.class, ServeCommand.class, CompletionCommand.class, CompletionCandidatesCommand.class})
public class RootCommand {
}
