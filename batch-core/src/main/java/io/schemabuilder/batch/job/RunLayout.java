package io.schemabuilder.batch.job;

import java.nio.file.Path;

/**
 * Where a run keeps its files under the output folder:
 * <pre>
 * {output}/schemas/{source}/schema.json            the result
 * {output}/schemas/{source}/changes.json           what changed since the previous schema.json
 * {output}/schemas/{source}/history/               the last versions of schema.json
 * {output}/.schema-builder/repository.mv.db        the embedded job repository (unless --repository-url)
 * {output}/.schema-builder/run.lock                held while a run is in progress
 * {output}/.schema-builder/staging/{run.id}/       plan.json, and {source}/{partition}.jsonl per partition (records: StagedTableCodec)
 * </pre>
 */
public record RunLayout(Path outputDir) {

    public RunLayout {
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    public Path schemasDir() {
        return outputDir.resolve("schemas");
    }

    public Path sourceDir(String source) {
        return schemasDir().resolve(source);
    }

    public Path schemaFile(String source) {
        return sourceDir(source).resolve("schema.json");
    }

    /** What changed since the previous schema.json (written when something did). */
    public Path changesFile(String source) {
        return sourceDir(source).resolve("changes.json");
    }

    /** The last versions of schema.json, one file per change, named by the UTC time it was written. */
    public Path historyDir(String source) {
        return sourceDir(source).resolve("history");
    }

    public Path stateDir() {
        return outputDir.resolve(".schema-builder");
    }

    public Path lockFile() {
        return stateDir().resolve("run.lock");
    }

    public Path stagingRoot() {
        return stateDir().resolve("staging");
    }

    public Path stagingDir(String runId) {
        return stagingRoot().resolve(runId);
    }

    public Path planFile(String runId) {
        return stagingDir(runId).resolve("plan.json");
    }

    public Path sourceStagingDir(String runId, String source) {
        return stagingDir(runId).resolve(source);
    }

    public Path stagingFile(String runId, String source, String partition) {
        return sourceStagingDir(runId, source).resolve(partition.replace('#', '_') + ".jsonl");
    }

    /** Written once a source's schema.json holds this run's staging, so that it is not assembled twice. */
    public Path assembledMarker(String runId, String source) {
        return stagingDir(runId).resolve(source + ".assembled");
    }
}
