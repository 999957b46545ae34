package io.schemabuilder.source.csv;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceProbe;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.files.FileBytes;
import io.schemabuilder.source.files.FileReuse;
import java.io.IOException;
import java.nio.file.Files;
import io.schemabuilder.source.files.FileTables;
import java.util.Map;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** CSV files, one table per file (see {@link CsvFiles}), each read when the job asks for it. */
public final class CsvSourceAdapter implements SourceAdapter {
    private final CsvSourceConfig config;
    private final Consumer<String> warnings;
    private final CsvTableReader reader;
    private final FileBytes bytes = new FileBytes();
    private final FileReuse reuse = new FileReuse(bytes);
    private volatile FileTables<Path> files;

    public CsvSourceAdapter(CsvSourceConfig config, Consumer<String> warnings) {
        this.config = config;
        this.warnings = warnings;
        this.reader = new CsvTableReader(config, warnings, bytes);
    }

    private FileTables<Path> files() {
        if (files == null) {
            FileTables<Path> listed = CsvFiles.list(config, warnings);
            bytes.total(listed.entries().stream().mapToLong(entry -> size(entry.source())).sum());
            files = listed;
        }
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will say why
        }
    }

    @Override
    public FileBytes fileBytes() {
        return bytes;
    }

    @Override
    public void check() {
        if (files().entries().isEmpty()) {
            warnings.accept("no .csv, .tsv or .txt file in " + config.path());
        }
    }

    /** Opens each file and sniffs its format from its first bytes (no rows are parsed). */
    @Override
    public SourceProbe probe() {
        Map<String, Integer> formats = new TreeMap<>();
        for (FileTables.Entry<Path> entry : files().entries()) {
            formats.merge(reader.format(entry.source()).describe(), 1, Integer::sum);
        }
        String kind = formats.size() == 1 ? "CSV files (" + formats.keySet().iterator().next() + ")"
                : formats.isEmpty() ? "CSV files" : formats.entrySet().stream()
                        .map(format -> format.getValue() + " with " + format.getKey())
                        .collect(Collectors.joining("; ", "CSV files (", ")"));
        return new SourceProbe(kind, null, files().entries().size());
    }

    @Override
    public List<Slice> plan(int partitionThreshold) {
        return files().slices(partitionThreshold);
    }

    @Override
    public TableStream tables(Slice slice, TableKey after) {
        Iterator<FileTables.Entry<Path>> entries = files().in(slice, after).iterator();
        return new TableStream() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public TableMetadata next() {
                FileTables.Entry<Path> entry = entries.next();
                return reuse.table(entry.key(), entry.source(), () -> reader.read(entry.key(), entry.source()));
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void reuseUnchanged(Map<TableKey, TableMetadata> previous) {
        reuse.previous(previous);
    }

    /** Files parsed (not reused from the previous run) by this adapter. */
    public long filesRead() {
        return reuse.reads();
    }

    @Override
    public void close() {
    }
}
