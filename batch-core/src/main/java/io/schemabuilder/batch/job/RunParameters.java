package io.schemabuilder.batch.job;

import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job parameters of a new run (see {@link JobParameterNames}); none holds a secret. */
public final class RunParameters {

    private RunParameters() {
    }

    public static JobParameters of(SchemaBuilderConfig config, RunLayout layout, List<String> sources, String host) {
        return of(config, layout, sources, host, false);
    }

    /** @param full read every file again ({@code --full}) instead of reusing the tables of unchanged files */
    public static JobParameters of(SchemaBuilderConfig config, RunLayout layout, List<String> sources, String host,
                                   boolean full) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.CONFIG, config.file().toString())
                .addString(JobParameterNames.CONFIG_SHA256, config.sha256())
                .addString(JobParameterNames.RUN_ID, newRunId())
                .addString(JobParameterNames.OUTPUT_DIR, layout.outputDir().toString())
                .addString(JobParameterNames.SOURCES, String.join(",", sources))
                .addString(JobParameterNames.HOST, host, false)
                .addString(JobParameterNames.FULL, String.valueOf(full), false)
                .toJobParameters();
    }

    /** Sortable and unique: the UTC start time and a random suffix. */
    static String newRunId() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC))
                + "-" + HexFormat.of().formatHex(random);
    }
}
