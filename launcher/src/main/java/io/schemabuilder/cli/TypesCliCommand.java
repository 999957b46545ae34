package io.schemabuilder.cli;

import io.schemabuilder.types.TypesCommand;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "types", description = "Map native type texts read from standard input, one per line, and print"
        + " native<TAB>sqlglot_type<TAB>schema_type for each (no Spring, no job).")
public class TypesCliCommand implements Callable<Integer> {

    @Option(names = "--dialect", required = true, paramLabel = "D",
            description = "A sqlglot dialect or a source type (postgres, postgresql, mysql, tsql, sqlserver, ...).")
    String dialect;

    @Override
    public Integer call() {
        return TypesCommand.run(dialect, new InputStreamReader(System.in, StandardCharsets.UTF_8), System.out,
                System.err);
    }
}
