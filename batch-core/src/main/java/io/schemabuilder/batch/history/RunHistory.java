package io.schemabuilder.batch.history;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.job.Partition;
import io.schemabuilder.batch.job.WorkerListener;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/** Reads what ran from the job repository. */
public class RunHistory {
    private final JobRepository repository;

    public RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    /** The newest executions first. */
    public List<RunRecord> recent(int limit) {
        return executions(limit).stream().limit(limit).map(this::record).toList();
    }

    public Optional<RunRecord> find(long executionId) {
        return execution(executionId).map(this::record);
    }

    /** Empty when there is no such execution (the repository throws for an unknown id). */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }

    /** Executions of schemaBuildJob, newest first; at least {@code limit} when there are that many. */
    public List<JobExecution> executions(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(JobParameterNames.JOB_NAME, 0, Math.max(limit, 1))) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return executions;
    }

    /** The newest execution made with this config file into this output folder. */
    public Optional<JobExecution> latestFor(String config, String outputDir) {
        for (JobInstance instance : repository.getJobInstances(JobParameterNames.JOB_NAME, 0, 200)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && config.equals(last.getJobParameters().getString(JobParameterNames.CONFIG))
                    && outputDir.equals(last.getJobParameters().getString(JobParameterNames.OUTPUT_DIR))) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    RunRecord record(JobExecution execution) {
        var parameters = execution.getJobParameters();
        Instant start = instant(execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime());
        Instant end = instant(execution.getEndTime());
        return new RunRecord(execution.getId(), execution.getJobInstance().getInstanceId(),
                parameters.getString(JobParameterNames.RUN_ID), parameters.getString(JobParameterNames.CONFIG),
                parameters.getString(JobParameterNames.OUTPUT_DIR), execution.getStatus().name(),
                exitCode(execution), start, end,
                start == null || end == null ? null : Duration.between(start, end), sources(execution));
    }

    private List<SourceRun> sources(JobExecution execution) {
        String names = execution.getJobParameters().getString(JobParameterNames.SOURCES);
        List<JobExecution> earlierFirst = repository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(e -> e.getId() <= execution.getId())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .toList();
        List<SourceRun> result = new ArrayList<>();
        for (String source : names == null ? new String[0] : names.split(",")) {
            if (source.isBlank()) {
                continue;
            }
            SourceRun run = null;
            for (JobExecution candidate : earlierFirst) {
                List<StepExecution> steps = workerSteps(candidate, source);
                if (!steps.isEmpty()) {
                    run = summarize(source, steps, candidate.getId());
                    break;
                }
            }
            result.add(run != null ? run
                    : new SourceRun(source, "NOT_STARTED", 0, 0, 0, Duration.ZERO, null, execution.getId()));
        }
        return result;
    }

    private static List<StepExecution> workerSteps(JobExecution execution, String source) {
        String whole = Partition.WORKER_STEP + ":" + source;
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(whole) || s.getStepName().startsWith(whole + "#"))
                .toList();
    }

    private static SourceRun summarize(String source, List<StepExecution> steps, long executionId) {
        Map<BatchStatus, Integer> rank = new LinkedHashMap<>();
        rank.put(BatchStatus.FAILED, 0);
        rank.put(BatchStatus.STOPPED, 1);
        // A partition still going (or not begun yet) keeps its source in progress: never COMPLETED before the end.
        rank.put(BatchStatus.STOPPING, 2);
        rank.put(BatchStatus.STARTED, 2);
        rank.put(BatchStatus.STARTING, 2);
        BatchStatus worst = BatchStatus.COMPLETED;
        long read = 0;
        long written = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        String message = null;
        var workers = new java.util.LinkedHashSet<String>();
        for (StepExecution step : steps) {
            if (step.getExecutionContext().containsKey(WorkerListener.WORKER_NAME)) {
                workers.add(step.getExecutionContext().getString(WorkerListener.WORKER_NAME));
            }
            if (rank.getOrDefault(step.getStatus(), 3) < rank.getOrDefault(worst, 3)) {
                worst = step.getStatus();
            }
            read += step.getReadCount();
            written += step.getWriteCount();
            if (step.getStartTime() != null && (first == null || step.getStartTime().isBefore(first))) {
                first = step.getStartTime();
            }
            // A partition still going counts until now: a source in progress shows its time so far.
            LocalDateTime stepEnd = step.getEndTime() != null ? step.getEndTime()
                    : step.getStatus().isRunning() && step.getStartTime() != null ? LocalDateTime.now() : null;
            if (stepEnd != null && (last == null || stepEnd.isAfter(last))) {
                last = stepEnd;
            }
            if (message == null && step.getStatus().isUnsuccessful()) {
                message = step.getExecutionContext().containsKey(WorkerListener.FAILURE_MESSAGE)
                        ? step.getExecutionContext().getString(WorkerListener.FAILURE_MESSAGE)
                        : failureLine(source, step.getExitStatus().getExitDescription());
            }
        }
        Duration duration = first == null || last == null ? Duration.ZERO : Duration.between(first, last);
        return new SourceRun(source, worst.name(), steps.size(), read, written, duration, message, executionId,
                workers.isEmpty() ? null : String.join(",", workers));
    }

    /** The one line the worker put in the exit description; Batch may have put a stack trace before it. */
    static String failureLine(String source, String description) {
        if (description == null || description.isBlank()) {
            return "source " + source + ": failed without a recorded cause";
        }
        String prefix = "source " + source + ": ";
        int at = description.lastIndexOf(prefix);
        String line = at >= 0 ? description.substring(at) : description;
        int newline = line.indexOf('\n');
        return (newline < 0 ? line : line.substring(0, newline)).strip();
    }

    /** The launcher's exit code for this outcome: 0, 1, or the stopping signal's (130, 143); null while running. */
    static Integer exitCode(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return 0;
        }
        if (status.isRunning()) {
            return null;
        }
        return StopSignal.of(execution).map(StopSignal::exitCode).orElse(1);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
