package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.AtomicFiles;
import io.schemabuilder.batch.output.SchemaFileWriter;
import io.schemabuilder.batch.output.SchemaHeader;
import io.schemabuilder.batch.output.StagingIndex;
import io.schemabuilder.source.config.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a source's staging files into its schema.json, once all of its partitions completed. Idempotent and safe
 * to call from several threads: the last partition to finish and the job's {@code assemble} step may both ask.
 * Order of effects: schema.json is replaced atomically, then the source is marked assembled, then its staging is
 * deleted; a crash between any two leaves a state that the next call completes.
 */
public class SourceAssembler {
    private static final Logger log = LoggerFactory.getLogger(SourceAssembler.class);

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final SourceDialects dialects;
    private final RunConsole console;

    public SourceAssembler(SourceDialects dialects, RunConsole console) {
        this.dialects = dialects;
        this.console = console;
    }

    /** True when the source's schema.json holds this run's tables (now or before). */
    public boolean assemble(RunContext run, SourceConfig source, List<Partition> partitions) {
        synchronized (locks.computeIfAbsent(run.runId() + "/" + source.name(), k -> new Object())) {
            Path marker = run.layout().assembledMarker(run.runId(), source.name());
            if (Files.exists(marker)) {
                return true;
            }
            try {
                SchemaFileWriter.Totals totals = write(run, source, partitions);
                FaultInjection.reached(FaultInjection.Point.ASSEMBLE_MARK, source.name(), 1);
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, Instant.now().toString());
                deleteRecursively(run.layout().sourceStagingDir(run.runId(), source.name()));
                console.line(String.format("source %s: done: %d tables, %d columns, %s -> %s", source.name(),
                        totals.tables(), totals.columns(), RunProgress.seconds(run.progress().elapsed(source.name())),
                        run.layout().outputDir().relativize(run.layout().schemaFile(source.name()))));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("source " + source.name() + ": cannot write "
                        + run.layout().schemaFile(source.name()) + ": " + e.getMessage(), e);
            }
        }
    }

    private SchemaFileWriter.Totals write(RunContext run, SourceConfig source, List<Partition> partitions)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Partition partition : partitions) {
            Path file = run.layout().stagingFile(run.runId(), source.name(), partition.name());
            if (Files.exists(file)) {
                files.add(file);
            }
        }
        SchemaHeader header = new SchemaHeader(source.name(), source.type(),
                dialects.of(source).sqlglotName(), Instant.now());
        try (StagingIndex index = StagingIndex.of(files,
                key -> log.warn("source {}: table {} was staged twice; the later copy is kept", source.name(), key))) {
            SchemaFileWriter.Totals[] totals = new SchemaFileWriter.Totals[1];
            AtomicFiles.replace(run.layout().schemaFile(source.name()),
                    out -> totals[0] = SchemaFileWriter.write(out, header, index),
                    () -> FaultInjection.reached(FaultInjection.Point.ASSEMBLE_RENAME, source.name(), 1));
            return totals[0];
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
