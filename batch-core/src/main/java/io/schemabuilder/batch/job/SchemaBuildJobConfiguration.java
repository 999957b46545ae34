package io.schemabuilder.batch.job;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.batch.repository.JobRepositorySchema;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.types.TypeMapper;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code schemaBuildJob}:
 * <pre>
 * build     partitioned: one worker step per source (or slice of a big source), run N at a time;
 *           worker = reader (tables from the adapter) -> processor (type mapping) -> writer (staging file)
 * assemble  every run, restart included: writes the schema.json of completed sources; FAILED if one is not
 * </pre>
 * No incrementer: a run is identified by its parameters (config, its hash, run id), so a restart is the same
 * instance and runs only what did not complete.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaBuildJobConfiguration {
    public static final String BUILD_STEP = "build";
    public static final String ASSEMBLE_STEP = "assemble";

    @Bean
    @ConditionalOnMissingBean
    RunConsole runConsole() {
        return RunConsole.STDOUT;
    }

    @Bean
    @ConditionalOnMissingBean
    SourceAdapterFactory sourceAdapterFactory() {
        return SourceAdapterFactory.DEFAULT;
    }

    /** JSON contexts, readable in the repository tables; chosen before the first run (it cannot change later). */
    @Bean
    ExecutionContextSerializer executionContextSerializer() {
        return new JacksonExecutionContextStringSerializer();
    }

    /** Creates the repository's tables on first use (see {@link JobRepositorySchema}). */
    @Bean
    InitializingBean jobRepositorySchema(DataSource dataSource) {
        return () -> JobRepositorySchema.ensure(dataSource);
    }

    @Bean
    RunHistory runHistory(JobRepository repository) {
        return new RunHistory(repository);
    }

    @Bean
    RunContexts runContexts() {
        return new RunContexts();
    }

    @Bean
    SourceAdapterRegistry sourceAdapterRegistry(SourceAdapterFactory factory, RunConsole console) {
        return new SourceAdapterRegistry(factory, console);
    }

    @Bean
    SourceDialects sourceDialects(SourceAdapterRegistry adapters) {
        return new SourceDialects(adapters);
    }

    @Bean
    SourceAssembler sourceAssembler(SourceDialects dialects, RunConsole console) {
        return new SourceAssembler(dialects, console);
    }

    @Bean
    PartitionStatuses partitionStatuses(JobRepository repository) {
        return new PartitionStatuses(repository);
    }

    @Bean
    @StepScope
    SourcePartitioner sourcePartitioner(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                                        SourceAdapterRegistry adapters) {
        return new SourcePartitioner(runs.of(step.getJobParameters()), adapters);
    }

    @Bean
    @StepScope
    TableReader tableReader(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                            SourceAdapterRegistry adapters) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        return new TableReader(partition, adapters.adapter(run.source(partition.source())));
    }

    @Bean
    @StepScope
    TypeMappingProcessor typeMappingProcessor(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                                              SourceDialects dialects) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        return new TypeMappingProcessor(TypeMapper.forDialect(dialects.of(run.source(partition.source()))));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(@Value("#{stepExecution}") StepExecution step, RunContexts runs) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        return new StagingWriter(run.layout().stagingFile(run.runId(), partition.source(), partition.name()),
                partition.source());
    }

    @Bean
    Step worker(JobRepository repository, PlatformTransactionManager transactions, TableReader reader,
                TypeMappingProcessor processor, StagingWriter writer, RunContexts runs, SourceAssembler assembler,
                PartitionStatuses statuses, RunConsole console,
                @Value("${schema-builder.chunk-size:100}") int chunkSize) {
        return new StepBuilder(Partition.WORKER_STEP, repository)
                .<TableMetadata, StagedTable>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new WorkerListener(runs, assembler, statuses, console))
                .build();
    }

    /** Daemon threads: a run that ends, however it ends, never keeps the JVM alive. */
    @Bean
    ThreadPoolTaskExecutor partitionExecutor(@Value("${schema-builder.parallel:4}") int parallel) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(Math.max(1, parallel));
        executor.setMaxPoolSize(Math.max(1, parallel));
        executor.setThreadNamePrefix("source-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    TaskExecutorPartitionHandler partitionHandler(Step worker, ThreadPoolTaskExecutor partitionExecutor,
                                                  @Value("${schema-builder.parallel:4}") int parallel) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(partitionExecutor);
        handler.setGridSize(Math.max(1, parallel));
        return handler;
    }

    @Bean
    Step build(JobRepository repository, SourcePartitioner partitioner, TaskExecutorPartitionHandler handler) {
        return new StepBuilder(BUILD_STEP, repository)
                .partitioner(Partition.WORKER_STEP, partitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    Step assemble(JobRepository repository, PlatformTransactionManager transactions, RunContexts runs,
                  SourceAssembler assembler, PartitionStatuses statuses) {
        AssembleTasklet tasklet = new AssembleTasklet(runs, assembler, statuses);
        return new StepBuilder(ASSEMBLE_STEP, repository)
                .tasklet(tasklet, transactions)
                .listener(tasklet)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job schemaBuildJob(JobRepository repository, Step build, Step assemble, RunContexts runs,
                       SourceAdapterRegistry adapters) {
        return new JobBuilder(JobParameterNames.JOB_NAME, repository)
                .start(build).on("*").to(assemble)
                .from(assemble).on("FAILED").fail()
                .from(assemble).on("*").end()
                .end()
                .listener(new RunListener(runs, adapters))
                .build();
    }
}
