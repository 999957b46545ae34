package io.schemabuilder.cli;

import io.schemabuilder.batch.changes.ChangesJson;
import io.schemabuilder.batch.changes.SchemaChanges;
import io.schemabuilder.batch.changes.SchemaDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "Compare two schema.json files, or two output dirs source by source.")
public class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "A schema.json, or an output dir.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "A schema.json, or an output dir.")
    Path newer;

    @Option(names = "--json", description = "Print JSON (the shape of changes.json; for dirs, keyed by source).")
    boolean json;

    @Option(names = "--fail-on-change", description = "Exit 5 when anything changed.")
    boolean failOnChange;

    @Override
    public Integer call() throws IOException {
        boolean changed;
        if (Files.isDirectory(older) && Files.isDirectory(newer)) {
            changed = compareDirs();
        } else if (Files.isRegularFile(older) && Files.isRegularFile(newer)) {
            SchemaChanges changes = SchemaDiff.between(older, newer);
            System.out.println(json ? ChangesJson.text(ChangesJson.of(changes))
                    : changes.isEmpty() ? "no changes" : String.join("\n", ChangesJson.lines(changes)));
            changed = !changes.isEmpty();
        } else {
            throw new CommandFailure(ExitCodes.USAGE, "diff: give two schema.json files or two output dirs ("
                    + older + ", " + newer + ")");
        }
        return failOnChange && changed ? ExitCodes.CHANGED : ExitCodes.OK;
    }

    private boolean compareDirs() throws IOException {
        TreeSet<String> sources = new TreeSet<>(sources(older));
        sources.addAll(sources(newer));
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        boolean changed = false;
        for (String source : sources) {
            Path a = schemaFile(older, source);
            Path b = schemaFile(newer, source);
            if (!Files.exists(a) || !Files.exists(b)) {
                String what = Files.exists(b) ? "added" : "removed";
                result.put(source, Map.of("source", what));
                lines.add(source + ": source " + what);
                changed = true;
                continue;
            }
            SchemaChanges changes = SchemaDiff.between(a, b);
            result.put(source, ChangesJson.of(changes));
            lines.addAll(ChangesJson.lines(changes));
            changed |= !changes.isEmpty();
        }
        System.out.println(json ? ChangesJson.text(result) : lines.isEmpty() ? "no changes" : String.join("\n", lines));
        return changed;
    }

    private static Path schemaFile(Path outputDir, String source) {
        return outputDir.resolve("schemas").resolve(source).resolve("schema.json");
    }

    private static List<String> sources(Path outputDir) throws IOException {
        Path schemas = outputDir.resolve("schemas");
        if (!Files.isDirectory(schemas)) {
            throw new CommandFailure(ExitCodes.USAGE, "diff: " + outputDir + " has no schemas/ folder");
        }
        try (Stream<Path> dirs = Files.list(schemas)) {
            return dirs.filter(d -> Files.exists(d.resolve("schema.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
    }
}
