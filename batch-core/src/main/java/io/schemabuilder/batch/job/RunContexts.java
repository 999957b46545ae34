package io.schemabuilder.batch.job;

import io.schemabuilder.source.config.ConfigException;
import io.schemabuilder.source.config.ConfigLoader;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Turns a run's job parameters into its {@link RunContext}, loading the config file once per run. A restart
 * loads the file again: its secrets come from the environment of the process that restarts.
 * <p>
 * A remote run's manager loads the run's config with its {@code ${VAR}} references unresolved (it never reads a
 * source); a worker loads its OWN config file (the sources' secrets resolve from its environment, and its paths are
 * its host's) and keeps its files under its own output folder: only the run id and the source names come from the
 * job parameters.
 */
public class RunContexts {
    private final Map<String, RunContext> byRunId = new ConcurrentHashMap<>();
    /** Kept after the run is forgotten (it holds no secret): the launcher reports from it at the end. */
    private final Map<String, RunProgress> progressByRunId = new ConcurrentHashMap<>();
    private final ConfigLoader loader;
    private final Path workerConfig;
    private final Path workerOutputDir;

    public RunContexts() {
        this(ConfigLoader.fromEnvironment());
    }

    RunContexts(ConfigLoader loader) {
        this(loader, null, null);
    }

    private RunContexts(ConfigLoader loader, Path workerConfig, Path workerOutputDir) {
        this.loader = loader;
        this.workerConfig = workerConfig;
        this.workerOutputDir = workerOutputDir;
    }

    /**
     * For a process of that role; {@code workerConfig} and {@code workerOutputDir} (a WORKER's own config file and
     * output folder) are required for a worker, ignored otherwise.
     */
    public static RunContexts forRole(RunRole role, String workerConfig, String workerOutputDir) {
        return switch (role) {
            case LOCAL -> new RunContexts();
            case MANAGER -> new RunContexts(ConfigLoader.withReferencesUnresolved());
            case WORKER -> {
                if (workerConfig == null || workerConfig.isBlank() || workerOutputDir == null
                        || workerOutputDir.isBlank()) {
                    throw new IllegalStateException("a worker needs " + RunRole.WORKER_CONFIG + " and "
                            + RunRole.WORKER_OUTPUT_DIR);
                }
                yield new RunContexts(ConfigLoader.fromEnvironment(), Path.of(workerConfig), Path.of(workerOutputDir));
            }
        };
    }

    public RunContext of(JobParameters parameters) {
        String runId = parameters.getString(JobParameterNames.RUN_ID);
        if (runId == null) {
            throw new IllegalStateException("job parameter " + JobParameterNames.RUN_ID + " is missing");
        }
        return byRunId.computeIfAbsent(runId, id -> load(id, parameters));
    }

    /** The progress of the runs going on in this process (one, from the command line). */
    public List<RunProgress> active() {
        return byRunId.values().stream().map(RunContext::progress).toList();
    }

    /** The progress of the latest execution of this run in this process, if any. */
    public java.util.Optional<RunProgress> progress(String runId) {
        return java.util.Optional.ofNullable(progressByRunId.get(runId));
    }

    /** Forgets a finished run (its config may hold secrets). */
    public void forget(String runId) {
        byRunId.remove(runId);
    }

    private RunContext load(String runId, JobParameters parameters) {
        Path file = workerConfig != null ? workerConfig : Path.of(parameters.getString(JobParameterNames.CONFIG));
        SchemaBuilderConfig config;
        try {
            config = loader.load(file);
        } catch (ConfigException e) {
            throw new IllegalStateException((workerConfig != null ? "the worker's config file is not valid: "
                    : "the config file is not valid any more: ") + e.problems().get(0));
        }
        RunLayout layout = new RunLayout(workerOutputDir != null ? workerOutputDir
                : Path.of(parameters.getString(JobParameterNames.OUTPUT_DIR)));
        List<String> sources = Arrays.stream(parameters.getString(JobParameterNames.SOURCES).split(","))
                .filter(s -> !s.isBlank()).toList();
        RunProgress progress = new RunProgress();
        progressByRunId.put(runId, progress);
        return new RunContext(runId, config, layout, sources, progress,
                "true".equals(parameters.getString(JobParameterNames.FULL)), workerConfig != null);
    }
}
