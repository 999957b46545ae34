package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.RepositoryStaging;
import io.schemabuilder.batch.job.RunLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "purge", description = "Delete old runs from the job repository (executions, steps, contexts) and"
        + " their leftover staging files.")
public class PurgeCommand implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d+)([dhm])");

    @Mixin
    CommonOptions options;

    @Option(names = "--older-than", required = true, paramLabel = "AGE",
            description = "Runs whose last execution ended more than AGE ago: 30d, 12h, 90m.")
    String olderThan;

    @Option(names = "--dry-run", description = "Only list what would be deleted.")
    boolean dryRun;

    static Duration age(String text) {
        Matcher m = AGE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandFailure(ExitCodes.USAGE, "--older-than: expected a number and d, h or m (30d), got '"
                    + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }

    @Override
    public Integer call() {
        MissingRepository.require(options);
        LocalDateTime cutoff = LocalDateTime.now().minus(age(olderThan));
        RunLayout layout = options.layout();
        int exitCode = RepositoryQuery.client(options).write(session -> {
            JobRepository repository = session.repository();
            List<JobInstance> old = new ArrayList<>();
            for (JobInstance instance : repository.findJobInstances(JobParameterNames.JOB_NAME)) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                boolean allEndedBefore = !executions.isEmpty() && executions.stream().allMatch(e ->
                        !e.isRunning() && e.getEndTime() != null && e.getEndTime().isBefore(cutoff));
                if (allEndedBefore) {
                    old.add(instance);
                }
            }
            for (JobInstance instance : old) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                String runId = executions.get(0).getJobParameters().getString(JobParameterNames.RUN_ID);
                System.out.println((dryRun ? "would delete" : "deleting") + " run "
                        + executions.stream().map(e -> String.valueOf(e.getId())).toList() + " (run id " + runId
                        + ", ended " + executions.get(0).getEndTime() + ")");
                if (!dryRun) {
                    repository.deleteJobInstance(instance);
                    deleteStaging(layout, runId);
                    if (runId != null) { // what remote workers staged for a run that never completed
                        RepositoryStaging.deleteRun(session.connection(), runId);
                    }
                }
            }
            System.out.println((dryRun ? "would delete " : "deleted ") + old.size() + " run(s) older than " + olderThan);
            return ExitCodes.OK;
        }, -1);
        if (exitCode < 0) { // no repository yet
            System.out.println((dryRun ? "would delete " : "deleted ") + "0 run(s) older than " + olderThan);
            return ExitCodes.OK;
        }
        return exitCode;
    }

    private static void deleteStaging(RunLayout layout, String runId) {
        if (runId == null) {
            return;
        }
        Path dir = layout.stagingDir(runId);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
