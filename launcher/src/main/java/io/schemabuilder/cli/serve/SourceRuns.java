package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the recent runs say of each source: how it last ended, and how long it took run after run. */
final class SourceRuns {
    /** Runs read for the sources pages: enough for {@link DurationChart#MAX_RUNS} of a source run now and then. */
    static final int RUNS_READ = 120;

    /** A source's outcome in one run. */
    record Outcome(long runId, SourceRun source) {
    }

    private final List<RunRecord> newestFirst;

    SourceRuns(List<RunRecord> newestFirst) {
        this.newestFirst = newestFirst;
    }

    /** Every source that a run read, newest runs first. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        newestFirst.forEach(run -> run.sources().forEach(s -> names.add(s.name())));
        return names;
    }

    /** How the source ended in the newest run that had it. */
    Optional<Outcome> last(String name) {
        for (RunRecord run : newestFirst) {
            for (SourceRun source : run.sources()) {
                if (source.name().equals(name)) {
                    return Optional.of(new Outcome(run.id(), source));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The source's duration in the runs that read it (not those where a restart found it already done), oldest
     * first, at most {@link DurationChart#MAX_RUNS}.
     */
    List<DurationChart.Point> durations(String name) {
        List<DurationChart.Point> points = new ArrayList<>();
        for (RunRecord run : newestFirst) {
            if (points.size() == DurationChart.MAX_RUNS) {
                break;
            }
            for (SourceRun source : run.sources()) {
                if (source.name().equals(name) && source.executionId() == run.id()
                        && !source.status().equals("NOT_STARTED")) {
                    points.add(new DurationChart.Point(run.id(), source.status(), source.duration()));
                }
            }
        }
        java.util.Collections.reverse(points);
        return points;
    }
}
