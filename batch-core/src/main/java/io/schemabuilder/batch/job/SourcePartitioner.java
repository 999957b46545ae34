package io.schemabuilder.batch.job;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.config.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Makes one partition per source, or one per slice of a source bigger than its {@code partition_threshold}.
 * The first call of a run saves the plan; a restart reads it back, so every partition keeps its name and slice,
 * and only plans again the sources that could not be planned before.
 */
public class SourcePartitioner implements Partitioner {
    private static final Logger log = LoggerFactory.getLogger(SourcePartitioner.class);

    private final RunContext run;
    private final SourceAdapterRegistry adapters;
    private final Consumer<PartitionPlan> onRestart;
    private final boolean whole;

    /**
     * @param onRestart called with the restored plan of a restart, before any worker runs: it writes the sources
     *                  that completed earlier but were not written (a crash in between)
     */
    public SourcePartitioner(RunContext run, SourceAdapterRegistry adapters, Consumer<PartitionPlan> onRestart) {
        this(run, adapters, onRestart, false);
    }

    /**
     * @param whole one whole partition per source, planned without opening it: a remote run's manager never
     *              connects to a source (slicing asks the source for its table count)
     */
    public SourcePartitioner(RunContext run, SourceAdapterRegistry adapters, Consumer<PartitionPlan> onRestart,
                             boolean whole) {
        this.run = run;
        this.adapters = adapters;
        this.onRestart = onRestart;
        this.whole = whole;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        PartitionPlan plan = planOrRestore();
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (Partition partition : plan.partitions()) {
            ExecutionContext context = partition.toContext();
            context.putString(Partition.ZONE, run.source(partition.source()).zone());
            contexts.put(partition.name(), context);
        }
        return contexts;
    }

    /** The saved plan, with sources that failed to plan planned again; or a new plan. */
    public PartitionPlan planOrRestore() {
        try {
            PartitionPlan saved = PartitionPlan.load(run.layout().planFile(run.runId()));
            PartitionPlan plan = saved;
            if (plan == null) {
                List<Partition> partitions = new ArrayList<>();
                for (String source : run.sourceNames()) {
                    partitions.addAll(planSource(run.source(source)));
                }
                plan = new PartitionPlan(partitions);
            } else {
                for (String source : plan.sources()) {
                    if (plan.partitionsOf(source).stream().anyMatch(Partition::planFailed)) {
                        plan = plan.replacing(source, planSource(run.source(source)));
                    }
                }
            }
            if (!plan.equals(saved)) {
                plan.save(run.layout().planFile(run.runId()));
            }
            if (saved != null) {
                onRestart.accept(plan);
            }
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's plan under " + run.layout().stagingDir(run.runId()), e);
        }
    }

    private List<Partition> planSource(SourceConfig source) {
        if (whole) {
            return List.of(Partition.whole(source.name(), false));
        }
        List<Slice> slices;
        try {
            slices = adapters.adapter(run, source).plan(source.partitionThreshold());
        } catch (RuntimeException e) {
            // The worker reports the cause in the source's own step, so that only this source fails.
            log.info("source {} could not be planned; its partition will fail with the cause: {}", source.name(),
                    e.getMessage());
            return List.of(Partition.whole(source.name(), true));
        }
        if (slices.size() == 1) {
            return List.of(Partition.whole(source.name(), false).withSlice(slices.get(0)));
        }
        return slices.stream().map(slice -> Partition.of(source.name(), slice)).toList();
    }
}
