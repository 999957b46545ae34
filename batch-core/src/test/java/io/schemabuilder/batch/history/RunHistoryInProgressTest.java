package io.schemabuilder.batch.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.job.JobParameterNames;
import io.schemabuilder.batch.repository.JobRepositorySchema;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What history and show report of a run still going: partitions still running keep their source in progress. */
class RunHistoryInProgressTest {

    @Test
    void aSourceWithAPartitionNotBegunOrStillGoingIsInProgressWithWhatItHasCommittedSoFar() throws Exception {
        JobRepository repository = repository();
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.SOURCES, "shop,budget,exports")
                .addString(JobParameterNames.RUN_ID, "in-progress").toJobParameters();
        JobInstance instance = repository.createJobInstance(JobParameterNames.JOB_NAME, parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now().minusSeconds(5));
        repository.update(execution);
        step(repository, execution, "worker:shop#1", BatchStatus.COMPLETED, 5);
        step(repository, execution, "worker:shop#2", BatchStatus.STARTING, 0);
        step(repository, execution, "worker:budget", BatchStatus.STARTED, 3);

        RunRecord run = new RunHistory(repository).find(execution.getId()).orElseThrow();

        assertThat(run.status()).isEqualTo("STARTED");
        assertThat(run.exitCode()).isNull();
        assertThat(run.sources()).extracting(SourceRun::name, SourceRun::status, SourceRun::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop", "STARTING", 5L),
                        org.assertj.core.groups.Tuple.tuple("budget", "STARTED", 3L),
                        org.assertj.core.groups.Tuple.tuple("exports", "NOT_STARTED", 0L));
        assertThat(run.sources().get(1).duration().toMillis()).as("time so far").isGreaterThanOrEqualTo(2_000);
    }

    private static void step(JobRepository repository, JobExecution execution, String name, BatchStatus status,
                             long read) {
        StepExecution step = repository.createStepExecution(name, execution);
        step.setStatus(status);
        step.setReadCount(read);
        step.setWriteCount(read);
        if (status != BatchStatus.STARTING) {
            step.setStartTime(LocalDateTime.now().minusSeconds(2));
        }
        if (status == BatchStatus.COMPLETED) {
            step.setEndTime(LocalDateTime.now());
        }
        repository.update(step);
    }

    private static JobRepository repository() throws Exception {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:run-history-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JobRepositorySchema.ensure(dataSource);
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.afterPropertiesSet();
        return factory.getObject();
    }
}
