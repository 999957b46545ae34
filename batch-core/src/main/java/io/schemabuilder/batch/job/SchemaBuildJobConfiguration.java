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
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code schemaBuildJob}:
 * <pre>
 * build     partitioned: one worker step per source (or slice of a big source), run N at a time;
 *           worker = reader (tables from the adapter) -> processor (type mapping) -> writer (staging file);
 *           a source's schema.json is written as soon as its last partition completes
 * assemble  when build completed: writes any completed source not written yet (a crash between a partition's
 *           last commit and its assembly); runs again on every restart
 * </pre>
 * A plain sequence, not a flow that goes on after a failed build: Batch marks a failed step that a flow
 * continues past as ABANDONED, and an abandoned step is never restarted.
 * No incrementer: a run is identified by its parameters (config, its hash, run id), so a restart is the same
 * instance and runs only what did not complete.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaBuildJobConfiguration {
    public static final String BUILD_STEP = "build";
    public static final String ASSEMBLE_STEP = "assemble";
    /** The bean a MANAGER process's build step hands its partitions to (the remote transport provides it). */
    public static final String REMOTE_PARTITION_HANDLER = "remotePartitionHandler";

    /** What this process is in a run ({@link RunRole}): local unless the remote commands say otherwise. */
    @Bean
    RunRole runRole(@Value("${" + RunRole.PROPERTY + ":local}") String role) {
        return RunRole.of(role);
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
    RunContexts runContexts(RunRole role, @Value("${" + RunRole.WORKER_CONFIG + ":}") String workerConfig,
                            @Value("${" + RunRole.WORKER_OUTPUT_DIR + ":}") String workerOutputDir) {
        return RunContexts.forRole(role, workerConfig, workerOutputDir);
    }

    /** The rows remote workers stage in the repository (see {@link RepositoryStagingWriter}). */
    @Bean
    RepositoryStaging repositoryStaging(DataSource dataSource) {
        return new RepositoryStaging(dataSource);
    }

    /** The real adapters unless the application gives a {@link SourceAdapterFactory} bean (tests do). */
    @Bean
    SourceAdapterRegistry sourceAdapterRegistry(ObjectProvider<SourceAdapterFactory> factory,
                                                ObjectProvider<RunConsole> console) {
        return new SourceAdapterRegistry(factory.getIfAvailable(() -> SourceAdapterFactory.DEFAULT),
                console(console));
    }

    /** Where progress lines go: standard output unless the application gives a {@link RunConsole} bean. */
    private static RunConsole console(ObjectProvider<RunConsole> console) {
        return console.getIfAvailable(() -> RunConsole.STDOUT);
    }

    @Bean
    SourceDialects sourceDialects(SourceAdapterRegistry adapters, RunRole role) {
        return new SourceDialects(adapters, role == RunRole.MANAGER);
    }

    @Bean
    SourceAssembler sourceAssembler(SourceDialects dialects, ObjectProvider<RunConsole> console,
                                    @Value("${schema-builder.keep-versions:7}") int keepVersions) {
        return new SourceAssembler(dialects, console(console), keepVersions);
    }

    @Bean
    PartitionStatuses partitionStatuses(JobRepository repository) {
        return new PartitionStatuses(repository);
    }

    @Bean
    RemoteSourceAssembly remoteSourceAssembly(SourceAssembler assembler, RepositoryStaging staging,
                                              SourceDialects dialects, JobRepository repository) {
        return new RemoteSourceAssembly(assembler, staging, dialects, repository);
    }

    @Bean
    CatchUpAssembly catchUpAssembly(SourceAssembler assembler, PartitionStatuses statuses, RunRole role,
                                    RemoteSourceAssembly remote) {
        return new CatchUpAssembly(assembler, statuses, role == RunRole.MANAGER ? remote : null);
    }

    /** A MANAGER's view of its remote partitions (the remote transport polls it; the build step's end too). */
    @Bean
    ManagerProgress managerProgress(JobRepository repository, RunContexts runs, PartitionStatuses statuses,
                                    RemoteSourceAssembly assembly, ObjectProvider<RunConsole> console) {
        return new ManagerProgress(repository, runs, statuses, assembly, console(console));
    }

    @Bean
    @StepScope
    SourcePartitioner sourcePartitioner(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                                        SourceAdapterRegistry adapters, CatchUpAssembly catchUp, RunRole role) {
        return new SourcePartitioner(runs.of(step.getJobParameters()), adapters,
                plan -> catchUp.assembleCompleted(runs.of(step.getJobParameters()), step.getJobExecution(), plan),
                role == RunRole.MANAGER);
    }

    @Bean
    @StepScope
    TableReader tableReader(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                            SourceAdapterRegistry adapters) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        return new TableReader(partition, adapters.adapter(run, run.source(partition.source())),
                run.progress().source(partition.source()));
    }

    @Bean
    @StepScope
    TypeMappingProcessor typeMappingProcessor(@Value("#{stepExecution}") StepExecution step, RunContexts runs,
                                              SourceDialects dialects) {
        RunContext run = runs.of(step.getJobParameters());
        Partition partition = Partition.fromContext(step.getExecutionContext());
        return new TypeMappingProcessor(TypeMapper.forDialect(dialects.of(run, run.source(partition.source()))));
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
    @StepScope
    RepositoryStagingWriter repositoryStagingWriter(@Value("#{stepExecution}") StepExecution step,
                                                    RunContexts runs, RepositoryStaging staging) {
        RunContext run = runs.of(step.getJobParameters());
        return new RepositoryStagingWriter(staging, run.runId(), Partition.fromContext(step.getExecutionContext()));
    }

    /**
     * The same step locally and on a remote worker; a WORKER stages in the repository (its transaction manager is
     * the repository's, so the rows commit with the chunk) and its listener does not assemble.
     */
    @Bean
    Step worker(JobRepository repository, PlatformTransactionManager transactions, TableReader reader,
                TypeMappingProcessor processor, StagingWriter writer, RepositoryStagingWriter repositoryWriter,
                RunContexts runs, SourceAssembler assembler, PartitionStatuses statuses,
                ObjectProvider<RunConsole> console, RunRole role, SourceDialects dialects,
                SourceAdapterRegistry adapters, @Value("${schema-builder.chunk-size:100}") int chunkSize,
                @Value("${" + RunRole.WORKER_NAME + ":}") String workerName) {
        boolean remote = role == RunRole.WORKER;
        WorkerListener.Remote worker = remote
                ? new WorkerListener.Remote(workerName.isBlank() ? defaultWorkerName() : workerName, repository,
                        dialects, adapters)
                : null;
        return new StepBuilder(Partition.WORKER_STEP, repository)
                .<TableMetadata, StagedTable>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(remote ? repositoryWriter : writer)
                .listener(new WorkerListener(runs, assembler, statuses, console(console), worker))
                .build();
    }

    /** host:pid, as the worker command's --name defaults to. */
    static String defaultWorkerName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
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

    /**
     * A MANAGER hands the partitions to remote workers through the {@value #REMOTE_PARTITION_HANDLER} bean (looked
     * up only then: a local run's context has none); LOCAL (and WORKER, which never runs it) read them here.
     */
    @Bean
    Step build(JobRepository repository, SourcePartitioner partitioner, TaskExecutorPartitionHandler handler,
               RunRole role, BeanFactory beans, ManagerProgress progress) {
        if (role != RunRole.MANAGER) {
            return new StepBuilder(BUILD_STEP, repository)
                    .partitioner(Partition.WORKER_STEP, partitioner)
                    .partitionHandler(handler)
                    .build();
        }
        return new StepBuilder(BUILD_STEP, repository)
                .partitioner(Partition.WORKER_STEP, partitioner)
                .partitionHandler(beans.getBean(REMOTE_PARTITION_HANDLER, PartitionHandler.class))
                .listener(new ManagerBuildListener(progress))
                .build();
    }

    @Bean
    Step assemble(JobRepository repository, PlatformTransactionManager transactions, RunContexts runs,
                  CatchUpAssembly catchUp) {
        return new StepBuilder(ASSEMBLE_STEP, repository)
                .tasklet(new AssembleTasklet(runs, catchUp), transactions)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job schemaBuildJob(JobRepository repository, Step build, Step assemble, RunContexts runs,
                       SourceAdapterRegistry adapters, RunRole role, RepositoryStaging staging) {
        return new JobBuilder(JobParameterNames.JOB_NAME, repository)
                .start(build)
                .next(assemble)
                .listener(new RunListener(runs, adapters, role == RunRole.MANAGER ? staging : null))
                .build();
    }
}
