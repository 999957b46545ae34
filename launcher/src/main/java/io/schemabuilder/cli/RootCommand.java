package io.schemabuilder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code scope = INHERIT}: every command takes --help (the usage error's "see: schema-builder run --help"). */
@Command(name = "schema-builder", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = "Reads table metadata from databases, CSV files and Excel workbooks, and writes one "
                + "sqlglot schema file per source.",
        subcommands = {RunCommand.class, RestartCommand.class, HistoryCommand.class, ShowCommand.class,
                StopCommand.class, AbandonCommand.class, PurgeCommand.class, DiffCommand.class, TypesCliCommand.class,
                CheckCommand.class, ServeCommand.class, WorkerCommand.class, CompletionCommand.class, CompletionCandidatesCommand.class})
public class RootCommand {
}
