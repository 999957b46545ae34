package io.schemabuilder.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.ConfigLoader;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import io.schemabuilder.types.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job side of a remote run, without the broker: a MANAGER context and a WORKER context share one repository
 * (the manager's partition handler hands each partition to the worker's step, as a request would), each with its
 * own config file and output folder. The manager's config holds {@code ${VAR}}s that are not set, and its sources
 * throw when opened. The files it writes must be a local run's, byte for byte but {@code generated_at}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteRunTest {
    private static final String MANAGER_CONFIG = """
            sources:
              - name: alpha
                type: csv
                path: ${SB_REMOTE_TEST_UNSET_DIR}/exports
                sample_rows: ${SB_REMOTE_TEST_UNSET_ROWS}
              - name: delta
                type: jdbc
                url: jdbc:test:delta
                password: ${SB_REMOTE_TEST_UNSET_SECRET}
                zone: dmz
              - name: omega
                type: csv
                path: elsewhere
            """;
    /** What the worker's hosts know; a local run reads the same. */
    private static final String WORKER_CONFIG = """
            sources:
              - name: alpha
                type: csv
                path: exports
                sample_rows: 100
              - name: delta
                type: jdbc
                url: jdbc:test:delta
                password: ${SB_REMOTE_TEST_UNSET_SECRET:-%s}
                zone: dmz
            """.formatted(RemoteRunTest.SECRET);
    /** The password the worker resolves (from its default here, its environment in real life). */
    static final String SECRET = "w0rker-only-s3cret";

    @TempDir
    static Path dir;

    private ConfigurableApplicationContext local;
    private ConfigurableApplicationContext worker;
    private ConfigurableApplicationContext manager;
    private SchemaBuilderConfig localConfig;
    private SchemaBuilderConfig managerConfig;

    /** Per partition run on the worker: its source and the SEQs staged for it then. */
    private final List<String> stagedAfterEachPartition = new ArrayList<>();

    /** The repository the manager and the worker share (the local run keeps its own, in memory). */
    protected String sharedRepositoryUrl() {
        return "jdbc:h2:mem:remote-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** The query listing the shared repository's tables. */
    protected String tablesQuery() {
        return "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()";
    }

    @BeforeAll
    void startContexts() throws Exception {
        Path workerConfig = Files.writeString(Files.createDirectories(dir.resolve("worker")).resolve("sources.yml"),
                WORKER_CONFIG);
        Path localFile = Files.writeString(Files.createDirectories(dir.resolve("local")).resolve("sources.yml"),
                WORKER_CONFIG);
        Path managerFile = Files.writeString(Files.createDirectories(dir.resolve("manager")).resolve("sources.yml"),
                MANAGER_CONFIG);
        localConfig = ConfigLoader.fromEnvironment().load(localFile);
        managerConfig = ConfigLoader.withReferencesUnresolved().load(managerFile);

        String shared = sharedRepositoryUrl();
        local = start(JobTestApplication.class, "jdbc:h2:mem:local-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                Map.of());
        worker = start(JobTestApplication.class, shared, Map.of(RunRole.PROPERTY, "worker",
                RunRole.WORKER_CONFIG, workerConfig.toString(), RunRole.WORKER_NAME, "w1",
                RunRole.WORKER_OUTPUT_DIR, dir.resolve("worker-out").toString()));
        RemoteManagerTestApplication.worker = worker;
        manager = start(RemoteManagerTestApplication.class, shared, Map.of(RunRole.PROPERTY, "manager"));
    }

    @AfterAll
    void close() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {manager, worker, local}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String url, Map<String, String> role) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.batch.jdbc.initialize-schema", "never");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("schema-builder.chunk-size", "5");
        properties.put("schema-builder.parallel", "2");
        properties.putAll(role);
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF).logStartupInfo(false)
                .properties(properties).run();
    }

    @BeforeEach
    void sources() {
        stagedAfterEachPartition.clear();
        TestSources.BY_NAME.clear();
        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 2, 3));
        TestSources.BY_NAME.put("delta", new InMemorySource("delta", 1, 12).withDialect(Dialect.POSTGRES));
        JobTestApplication.CONSOLE.clear();
        RemoteManagerTestApplication.CONSOLE.clear();
        RemoteManagerTestApplication.OPENED.clear();
        RemoteManagerTestApplication.afterPartition = () -> {
            JdbcTemplate rows = new JdbcTemplate(worker.getBean(DataSource.class));
            stagedAfterEachPartition.add(String.join(",", rows.queryForList(
                    "SELECT SOURCE_NAME || ':' || SEQ FROM SB_STAGED_TABLE ORDER BY SOURCE_NAME, SEQ", String.class)));
        };
    }

    private JobExecution run(ConfigurableApplicationContext context, JobParameters parameters) throws Exception {
        return context.getBean(JobOperator.class).start(context.getBean(Job.class), parameters);
    }

    private JobParameters parameters(SchemaBuilderConfig config, String out) {
        return RunParameters.of(config, new RunLayout(dir.resolve(out)), List.of("alpha", "delta"), "test-host");
    }

    private static String schemaJson(String out, String source) throws Exception {
        return Files.readString(new RunLayout(dir.resolve(out)).schemaFile(source))
                .replaceFirst("\"generated_at\": \"[^\"]+\"", "\"generated_at\": \"<time>\"");
    }

    @Test
    void aRemoteRunWritesTheSchemaFilesOfALocalRunWithoutOpeningASourceOrKnowingItsSecrets() throws Exception {
        JobExecution localRun = run(local, parameters(localConfig, "local-out"));
        JobExecution remoteRun = run(manager, parameters(managerConfig, "manager-out"));

        assertThat(localRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(remoteRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (String source : List.of("alpha", "delta")) {
            assertThat(schemaJson("manager-out", source)).isEqualTo(schemaJson("local-out", source));
        }
        // delta's dialect is known only to its worker, which recorded it for the manager.
        assertThat(schemaJson("manager-out", "delta")).contains("\"dialect\": \"postgres\"");
        assertThat(RemoteManagerTestApplication.OPENED).isEmpty();
        assertThat(RemoteManagerTestApplication.CONSOLE).contains("source alpha: started (csv) on worker w1",
                "source delta: started (jdbc) on worker w1");
        assertThat(RemoteManagerTestApplication.CONSOLE).anyMatch(l -> l.startsWith("source delta: done: 12 tables"));
        // The manager's progress lines count what the workers committed.
        RunProgress progress = manager.getBean(RunContexts.class)
                .progress(remoteRun.getJobParameters().getString(JobParameterNames.RUN_ID)).orElseThrow();
        assertThat(progress.source("delta").tablesRead()).isEqualTo(12);
        assertThat(progress.source("delta").running()).isFalse();

        // The worker staged rows in the repository and wrote no schema file; the manager deleted the rows.
        // One row per chunk of 5, named by its first table.
        assertThat(stagedAfterEachPartition.get(0)).isEqualTo("alpha:1,alpha:6");
        assertThat(dir.resolve("worker-out/schemas")).doesNotExist();
        assertThat(new JdbcTemplate(worker.getBean(DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM SB_STAGED_TABLE", Long.class)).isZero();
        StepExecution delta = manager.getBean(org.springframework.batch.core.repository.JobRepository.class)
                .getJobExecution(remoteRun.getId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("worker:delta")).findFirst().orElseThrow();
        assertThat(delta.getExecutionContext().getString(WorkerListener.WORKER_NAME)).isEqualTo("w1");
        assertThat(Partition.zoneOf(delta.getExecutionContext())).isEqualTo("dmz");
        assertThat(repositoryText()).isNotEmpty().noneMatch(value -> value.contains(SECRET));
        // history and show say who read each source of the remote run only.
        assertThat(manager.getBean(RunHistory.class).find(remoteRun.getId()).orElseThrow().sources())
                .extracting(SourceRun::worker).containsExactly("w1", "w1");
        assertThat(local.getBean(RunHistory.class).find(localRun.getId()).orElseThrow().sources())
                .extracting(SourceRun::worker).containsExactly(null, null);
    }

    @Test
    void aSourceMissingFromTheWorkersOwnConfigFailsAloneSayingSo() throws Exception {
        TestSources.BY_NAME.put("omega", new InMemorySource("omega", 1, 2));
        JobExecution run = run(manager, RunParameters.of(managerConfig, new RunLayout(dir.resolve("missing-out")),
                List.of("alpha", "omega"), "test-host"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RemoteManagerTestApplication.CONSOLE).containsOnlyOnce("source omega: config: not in the config of"
                + " the worker that took it (" + dir.resolve("worker/sources.yml") + "): define it there too");
        assertThat(schemaJson("missing-out", "alpha")).contains("\"total_tables\": 6");
    }

    @Test
    void aSourceWhoseFileTheManagerCannotWriteFailsAloneAndARestartWritesIt() throws Exception {
        JobParameters parameters = parameters(managerConfig, "unwritable-out");
        Path blocked = Files.createDirectories(dir.resolve("unwritable-out/schemas")).resolve("alpha");
        Files.writeString(blocked, "a file where alpha's folder goes");

        JobExecution first = run(manager, parameters);

        // Both sources completed on the worker and were written at once; alpha's write failed, and only alpha.
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RemoteManagerTestApplication.CONSOLE).filteredOn(l -> l.startsWith("source alpha: "))
                .last().asString().doesNotContain("done");
        assertThat(RemoteManagerTestApplication.CONSOLE).anyMatch(l -> l.startsWith("source delta: done: 12 tables"));
        assertThat(Files.readString(blocked)).isEqualTo("a file where alpha's folder goes");
        StepExecution alpha = manager.getBean(org.springframework.batch.core.repository.JobRepository.class)
                .getJobExecution(first.getId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("worker:alpha")).findFirst().orElseThrow();
        assertThat(alpha.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(alpha.getExitStatus().getExitDescription()).startsWith("source alpha: ");

        Files.delete(blocked);
        JobExecution second = run(manager, parameters);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        run(local, RunParameters.of(localConfig, new RunLayout(dir.resolve("unwritable-local-out")),
                List.of("alpha", "delta"), "test-host"));
        assertThat(schemaJson("unwritable-out", "alpha")).isEqualTo(schemaJson("unwritable-local-out", "alpha"));
        assertThat(new JdbcTemplate(worker.getBean(DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM SB_STAGED_TABLE", Long.class)).isZero();
    }

    /** Every value of every table of the shared repository, as text (bytes as UTF-8). */
    private List<String> repositoryText() {
        JdbcTemplate jdbc = new JdbcTemplate(worker.getBean(DataSource.class));
        List<String> values = new ArrayList<>();
        for (String table : jdbc.queryForList(tablesQuery(), String.class)) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            : String.valueOf(value));
                }
            });
        }
        return values;
    }

    @Test
    void aPartitionThatFailedOnItsWorkerResumesAfterItsLastCommittedChunkOnRestart() throws Exception {
        TestSources.BY_NAME.put("delta", new InMemorySource("delta", 1, 12).withDialect(Dialect.POSTGRES)
                .failOnceAt(new TableKey("s0", "t007")));
        JobParameters parameters = parameters(managerConfig, "manager-restart-out");

        JobExecution first = run(manager, parameters);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RemoteManagerTestApplication.CONSOLE)
                .containsOnlyOnce("source delta: connect: connection reset while reading s0.t007");
        // Chunk 2 (t005..t007) was rolled back: only chunk 1's row (tables 1 to 5) is staged.
        assertThat(stagedAfterEachPartition.get(1)).isEqualTo("delta:1");
        assertThat(schemaJson("manager-restart-out", "alpha")).contains("\"total_tables\": 6");
        // The transport's poller may call once more after the job ended (and forgot its run): nothing new.
        List<String> lines = List.copyOf(RemoteManagerTestApplication.CONSOLE);
        manager.getBean(ManagerProgress.class).poll(first);
        assertThat(RemoteManagerTestApplication.CONSOLE).isEqualTo(lines);

        JobExecution second = run(manager, parameters);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // The restart went on after table 5: chunks from table 6 and table 11.
        assertThat(stagedAfterEachPartition.get(2)).isEqualTo("delta:1,delta:6,delta:11");
        TestSources.BY_NAME.put("delta", new InMemorySource("delta", 1, 12).withDialect(Dialect.POSTGRES));
        run(local, RunParameters.of(localConfig, new RunLayout(dir.resolve("local-restart-out")), List.of("delta"),
                "test-host"));
        assertThat(schemaJson("manager-restart-out", "delta")).isEqualTo(schemaJson("local-restart-out", "delta"));
        assertThat(RemoteManagerTestApplication.OPENED).isEmpty();
    }
}
