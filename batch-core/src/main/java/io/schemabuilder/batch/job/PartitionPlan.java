package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.AtomicFiles;
import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partitions of one run, in config order. Saved in the run's staging folder when first made, and read back on
 * restart, so that a restart sees the same partitions (and each one resumes its own slice) even if the catalog
 * grew in between.
 */
public record PartitionPlan(List<Partition> partitions) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public PartitionPlan {
        partitions = List.copyOf(partitions);
    }

    public List<String> sources() {
        var names = new LinkedHashSet<String>();
        partitions.forEach(p -> names.add(p.source()));
        return List.copyOf(names);
    }

    public List<Partition> partitionsOf(String source) {
        return partitions.stream().filter(p -> p.source().equals(source)).toList();
    }

    /** The plan with one source's partitions replaced (a source planned again on restart). */
    public PartitionPlan replacing(String source, List<Partition> replacement) {
        List<Partition> result = new ArrayList<>();
        boolean inserted = false;
        for (Partition p : partitions) {
            if (!p.source().equals(source)) {
                result.add(p);
            } else if (!inserted) {
                result.addAll(replacement);
                inserted = true;
            }
        }
        if (!inserted) {
            result.addAll(replacement);
        }
        return new PartitionPlan(result);
    }

    public void save(Path file) throws IOException {
        Stored stored = new Stored(partitions.stream().map(Stored.Entry::of).toList());
        AtomicFiles.replace(file, out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, stored));
    }

    /** The run's saved plan (the partitioner writes it before any worker starts). */
    public static PartitionPlan of(RunContext run) {
        Path file = run.layout().planFile(run.runId());
        try {
            PartitionPlan plan = load(file);
            if (plan == null) {
                throw new IllegalStateException("the run's plan " + file + " is missing");
            }
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's plan " + file, e);
        }
    }

    public static PartitionPlan load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Stored stored = MAPPER.readValue(file.toFile(), Stored.class);
        return new PartitionPlan(stored.partitions().stream().map(Stored.Entry::toPartition).toList());
    }

    /** The JSON shape of plan.json. */
    record Stored(List<Entry> partitions) {
        record Entry(String name, String source, String sliceId, String fromSchema, String fromName, String toSchema,
                     String toName, boolean planFailed) {
            static Entry of(Partition p) {
                Slice s = p.slice();
                return new Entry(p.name(), p.source(), s.id(), s.from() == null ? null : s.from().schema(),
                        s.from() == null ? null : s.from().name(), s.to() == null ? null : s.to().schema(),
                        s.to() == null ? null : s.to().name(), p.planFailed());
            }

            Partition toPartition() {
                TableKey from = fromSchema == null ? null : new TableKey(fromSchema, fromName);
                TableKey to = toSchema == null ? null : new TableKey(toSchema, toName);
                return new Partition(name, source, new Slice(sliceId, from, to), planFailed);
            }
        }
    }
}
