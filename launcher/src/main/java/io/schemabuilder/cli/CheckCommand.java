package io.schemabuilder.cli;

import io.schemabuilder.batch.output.JsonStyle;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = "Connect to every source (or --sources) as a run would, and say per source"
        + " whether it can be read: databases connect, authenticate and list their tables; files are found, opened"
        + " and sniffed. Writes nothing, records no run, starts no job (no Spring).")
public class CheckCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The sources file (YAML).")
    Path config;

    @Option(names = "--sources", split = ",", paramLabel = "NAME", description = "Only these sources (comma-separated).")
    List<String> sources;

    @Option(names = "--json", description = "Print one JSON object (README: check --json) instead of lines.")
    boolean json;

    @Option(names = "--debug", description = "Print each failure's stack trace on standard error.")
    boolean debug;

    @Override
    public Integer call() {
        SchemaBuilderConfig loaded = CommonOptions.loadConfig(config);
        List<String> selected = SourceSelection.of(loaded, sources);
        List<SourceConfig> checked = loaded.sources().stream().filter(s -> selected.contains(s.name())).toList();
        QuietLogs.off();
        List<SourceCheck> results = new ArrayList<>();
        SourceChecks.run(checked, check -> {
            results.add(check);
            if (!json) {
                check.warnings().forEach(w -> System.out.println("source " + check.name() + ": warning: " + w));
                System.out.println(check.line());
                System.out.flush();
            }
            if (debug && !check.ok()) {
                check.failure().printStackTrace(System.err);
            }
        });
        boolean ok = results.stream().allMatch(SourceCheck::ok);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("config", loaded.file().toString());
            document.put("ok", ok);
            document.put("sources", results.stream().map(SourceCheck::json).toList());
            System.out.println(JsonStyle.writer().writeValueAsString(document));
        }
        return ok ? ExitCodes.OK : ExitCodes.SOURCES_FAILED;
    }
}
