package io.schemabuilder.batch.job;

import io.schemabuilder.batch.changes.ChangesJson;
import io.schemabuilder.batch.changes.SchemaChanges;
import io.schemabuilder.batch.changes.SchemaDiff;
import io.schemabuilder.batch.output.AtomicFiles;
import io.schemabuilder.batch.output.SchemaFileWriter;
import io.schemabuilder.batch.output.SchemaHeader;
import io.schemabuilder.batch.output.StagingIndex;
import io.schemabuilder.batch.output.StagingMerge;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.SourceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a source's staging files into its schema.json, once all of its partitions completed. Idempotent and safe
 * to call from several threads: the last partition to finish and the catch-up may both ask.
 * <ol>
 * <li>the new schema file is written (and fsynced) in the run's staging folder;</li>
 * <li>if it equals the current schema.json but for {@code generated_at}, nothing is replaced (its mtime stays,
 *     so downstream caches stay valid);</li>
 * <li>else changes.json is written (when there was a previous file), then the new file is renamed over
 *     schema.json, then a copy is kept in {@code history/} (the newest {@code keepVersions});</li>
 * <li>the source is marked assembled and its staging deleted.</li>
 * </ol>
 * A crash between any two steps leaves a state that the next call (a restart) completes the same way.
 */
public class SourceAssembler {
    private static final Logger log = LoggerFactory.getLogger(SourceAssembler.class);

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final SourceDialects dialects;
    private final RunConsole console;
    private final int keepVersions;

    public SourceAssembler(SourceDialects dialects, RunConsole console, int keepVersions) {
        this.dialects = dialects;
        this.console = console;
        this.keepVersions = keepVersions;
    }

    /**
     * Runs {@code work} while no other thread assembles the source (the lock {@link #assemble} takes; it may be
     * called inside): for a caller that prepares the staging files the assembly reads, such as a remote run's
     * download.
     */
    public void exclusively(RunContext run, String source, Runnable work) {
        synchronized (lockOf(run, source)) {
            work.run();
        }
    }

    private Object lockOf(RunContext run, String source) {
        return locks.computeIfAbsent(run.runId() + "/" + source, k -> new Object());
    }

    /** True when the source's schema.json holds this run's tables (now or before). */
    public boolean assemble(RunContext run, SourceConfig source, List<Partition> partitions) {
        synchronized (lockOf(run, source.name())) {
            Path marker = run.layout().assembledMarker(run.runId(), source.name());
            if (Files.exists(marker)) {
                return true;
            }
            try {
                Path fresh = run.layout().sourceStagingDir(run.runId(), source.name()).resolve("schema.json");
                SchemaFileWriter.Totals totals = writeFresh(run, source, partitions, fresh);
                String outcome = publish(run.layout(), source.name(), fresh);
                FaultInjection.reached(FaultInjection.Point.ASSEMBLE_MARK, source.name(), 1);
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, Instant.now().toString());
                deleteRecursively(run.layout().sourceStagingDir(run.runId(), source.name()));
                run.progress().source(source.name()).written(
                        new SourceProgress.Written(totals.tables(), totals.columns(), outcome));
                console.line(String.format("source %s: done: %d tables, %d columns, %s -> %s (%s)", source.name(),
                        totals.tables(), totals.columns(), RunProgress.seconds(run.progress().elapsed(source.name())),
                        run.layout().outputDir().relativize(run.layout().schemaFile(source.name())), outcome));
                return true;
            } catch (IOException e) {
                // The previous schema.json is still in place: it is only ever replaced by a rename.
                throw LocalWrites.failure(source.name(), run.layout().schemaFile(source.name()), e);
            }
        }
    }

    private SchemaFileWriter.Totals writeFresh(RunContext run, SourceConfig source, List<Partition> partitions,
                                               Path fresh) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Partition partition : partitions) {
            Path file = run.layout().stagingFile(run.runId(), source.name(), partition.name());
            if (Files.exists(file)) {
                files.add(file);
            }
        }
        SchemaHeader header = SchemaHeader.of(source.name(), source.type(), dialects.of(run, source), Instant.now());
        Files.createDirectories(fresh.getParent());
        // The file is about the size of its staging; a copy in history/ is a hard link.
        long staged = 0;
        for (Path file : files) {
            staged += Files.size(file);
        }
        LocalWrites.ensureRoom(source.name(), fresh, LocalWrites.store(fresh), staged);
        if (FaultInjection.noSpace(FaultInjection.Point.ASSEMBLE_WRITE, source.name(), 1)) {
            throw new IOException("No space left on device");
        }
        Consumer<TableKey> duplicates = key -> log.warn("source {}: table {} was staged twice; the later copy is kept",
                source.name(), key);
        try (StagingMerge merge = new StagingMerge(files, duplicates)) {
            return writeDurably(fresh, header, merge);
        } catch (StagingMerge.OutOfOrder e) {
            // A driver that lists tables in its own collation: sort by an index of the keys instead.
            log.info("source {}: {}; sorting the staged tables", source.name(), e.getMessage());
        }
        try (StagingIndex index = StagingIndex.of(files, duplicates)) {
            return writeDurably(fresh, header, index);
        }
    }

    private static SchemaFileWriter.Totals writeDurably(Path fresh, SchemaHeader header,
                                                        SchemaFileWriter.SortedTables tables) throws IOException {
        SchemaFileWriter.Totals[] totals = new SchemaFileWriter.Totals[1];
        AtomicFiles.writeDurably(fresh, out -> totals[0] = SchemaFileWriter.write(out, header, tables));
        return totals[0];
    }

    /** Puts the fresh file in place unless nothing changed; says which ("unchanged", "new", or the changes). */
    private String publish(RunLayout layout, String source, Path fresh) throws IOException {
        Path current = layout.schemaFile(source);
        if (Files.exists(current) && SchemaDiff.sameButForTime(current, fresh)) {
            keepVersionIfMissing(layout, source, current); // a crash between the rename and the history link
            return "unchanged";
        }
        String outcome = "new";
        if (Files.exists(current)) {
            SchemaChanges changes = SchemaDiff.between(current, fresh);
            AtomicFiles.replace(layout.changesFile(source), out -> ChangesJson.write(out, ChangesJson.of(changes)));
            // Only metadata (a new field such as metadata.normalize, or the dialect) may differ: say so.
            outcome = "changed: " + (changes.isEmpty() ? "metadata only" : changes.summary());
        }
        FaultInjection.reached(FaultInjection.Point.ASSEMBLE_RENAME, source, 1);
        AtomicFiles.move(fresh, current);
        FaultInjection.reached(FaultInjection.Point.HISTORY_LINK, source, 1);
        keepVersion(layout, source, current);
        return outcome;
    }

    private void keepVersionIfMissing(RunLayout layout, String source, Path current) throws IOException {
        if (keepVersions <= 0) {
            return;
        }
        Path newest = null;
        if (Files.isDirectory(layout.historyDir(source))) {
            try (Stream<Path> versions = Files.list(layout.historyDir(source))) {
                newest = versions.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .max(Comparator.naturalOrder()).orElse(null);
            }
        }
        if (newest == null || !Files.isSameFile(newest, current) && Files.mismatch(newest, current) != -1) {
            keepVersion(layout, source, current);
        }
    }

    private void keepVersion(RunLayout layout, String source, Path current) throws IOException {
        if (keepVersions <= 0) {
            return;
        }
        Path history = layout.historyDir(source);
        Files.createDirectories(history);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now());
        Path version = history.resolve(stamp + ".json");
        AtomicFiles.keepCopy(current, version);
        try (Stream<Path> versions = Files.list(history)) {
            List<Path> old = versions.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.reverseOrder()).skip(keepVersions).toList();
            for (Path path : old) {
                Files.deleteIfExists(path);
            }
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
