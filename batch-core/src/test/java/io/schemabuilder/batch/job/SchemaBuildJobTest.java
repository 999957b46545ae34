package io.schemabuilder.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Golden;
import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.ConfigLoader;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = JobTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:jobtest;DB_CLOSE_DELAY=-1",
        "spring.batch.jdbc.initialize-schema=never",
        "spring.batch.job.enabled=false",
        "schema-builder.chunk-size=5",
        "schema-builder.parallel=3"})
class SchemaBuildJobTest {
    @Autowired
    JobOperator operator;
    @Autowired
    Job job;
    @Autowired
    RunHistory history;
    @Autowired
    RunContexts runs;

    @TempDir
    Path dir;

    private SchemaBuilderConfig config;
    private RunLayout layout;

    @BeforeEach
    void setUp() throws Exception {
        TestSources.BY_NAME.clear();
        JobTestApplication.CONSOLE.clear();
        Path configFile = dir.resolve("sources.yml");
        Files.writeString(configFile, """
                sources:
                  - name: alpha
                    type: csv
                    path: .
                  - name: beta
                    type: csv
                    path: .
                    partition_threshold: 10
                  - name: gamma
                    type: csv
                    path: .
                """);
        config = new ConfigLoader(Map.<String, String>of()::get).load(configFile);
        layout = new RunLayout(dir.resolve("out"));
    }

    private JobExecution start(List<String> sources) throws Exception {
        return operator.start(job, RunParameters.of(config, layout, sources, "test-host"));
    }

    private String schemaJson(String source) throws Exception {
        String text = Files.readString(layout.schemaFile(source), StandardCharsets.UTF_8);
        return text.replaceFirst("\"generated_at\": \"[^\"]+\"", "\"generated_at\": \"<time>\"");
    }

    @Test
    void writesOneSchemaFilePerSourceMatchingTheGoldenFile() throws Exception {
        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 2, 2));

        JobExecution execution = start(List.of("alpha"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Golden.assertMatches("alpha.schema.json", schemaJson("alpha"));
        assertThat(layout.stagingDir(execution.getJobParameters().getString(JobParameterNames.RUN_ID))).doesNotExist();
    }

    @Test
    void aBigSourceIsSplitIntoPartitionsAndAssembledInKeyOrderOnce() throws Exception {
        TestSources.BY_NAME.put("beta", new InMemorySource("beta", 3, 12));

        JobExecution execution = start(List.of("beta"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workerSteps(execution)).containsExactly("worker:beta#p0001", "worker:beta#p0002",
                "worker:beta#p0003", "worker:beta#p0004");
        String json = schemaJson("beta");
        assertThat(json).contains("\"total_tables\": 36");
        assertThat(json.indexOf("\"s0.t011\"")).isLessThan(json.indexOf("\"s1.t000\""));
    }

    @Test
    void oneFailingSourceLeavesTheOthersWrittenAndItsPreviousFileUntouched() throws Exception {
        Files.createDirectories(layout.sourceDir("gamma"));
        Files.writeString(layout.schemaFile("gamma"), "{\"previous\": true}\n");
        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 3));
        TestSources.BY_NAME.put("gamma", new InMemorySource("gamma", 1, 3).unreachable("connection refused (127.0.0.1:1)"));

        JobExecution execution = start(List.of("alpha", "gamma"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(layout.schemaFile("alpha")).exists();
        assertThat(Files.readString(layout.schemaFile("gamma"))).isEqualTo("{\"previous\": true}\n");
        assertThat(JobTestApplication.CONSOLE).contains("source gamma: connect: connection refused (127.0.0.1:1)");
        RunRecord run = history.find(execution.getId()).orElseThrow();
        assertThat(run.sources()).extracting(SourceRun::name, SourceRun::status, SourceRun::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alpha", "COMPLETED", null),
                org.assertj.core.groups.Tuple.tuple("gamma", "FAILED",
                        "source gamma: connect: connection refused (127.0.0.1:1)"));
    }

    @Test
    void restartRedoesOnlyTheFailedPartitionFromItsLastCommittedChunk() throws Exception {
        // 36 tables in 4 partitions of 10, 10, 10, 6; chunks of 5. The 2nd partition (s0.t010 .. s1.t007) fails
        // at its 8th table: its first chunk (5 tables) is committed, the second is rolled back.
        InMemorySource beta = new InMemorySource("beta", 3, 12).failOnceAt(new TableKey("s1", "t005"));
        TestSources.BY_NAME.put("beta", beta);

        JobExecution first = start(List.of("beta"));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(layout.schemaFile("beta")).doesNotExist();
        int servedBefore = beta.served();
        // Its progress counted every partition's tables (the failed one's until its failure), and ended with them.
        SourceProgress progress = runs.progress(first.getJobParameters().getString(JobParameterNames.RUN_ID))
                .orElseThrow().source("beta");
        assertThat(progress.running()).isFalse();
        assertThat(progress.tablesRead()).isEqualTo(10 + 10 + 6 + 7);
        assertThat(progress.written()).isNull();

        JobExecution second = operator.restart(first);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isEqualTo(first.getJobInstance().getInstanceId());
        assertThat(workerSteps(second)).containsExactly("worker:beta#p0002");
        StepExecution redone = second.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("worker:beta#p0002")).findFirst().orElseThrow();
        assertThat(redone.getReadCount()).isEqualTo(5);
        assertThat(beta.served() - servedBefore).isEqualTo(5);
        String json = schemaJson("beta");
        assertThat(json).contains("\"total_tables\": 36");
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 12; t++) {
                String key = String.format("\"s%d.t%03d\": {", s, t);
                assertThat(json.indexOf(key)).as(key).isGreaterThan(0).isEqualTo(json.lastIndexOf(key));
            }
        }
    }

    @Test
    void aLaterRunWritesChangesAndANewVersionOnlyWhenSomethingChanged() throws Exception {
        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 3));
        start(List.of("alpha"));
        var firstWritten = Files.getLastModifiedTime(layout.schemaFile("alpha"));
        byte[] first = Files.readAllBytes(layout.schemaFile("alpha"));
        assertThat(versions()).singleElement().satisfies(v -> assertThat(v).hasBinaryContent(first));
        Thread.sleep(1100);

        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 3));
        start(List.of("alpha"));

        assertThat(Files.getLastModifiedTime(layout.schemaFile("alpha"))).isEqualTo(firstWritten);
        assertThat(layout.changesFile("alpha")).doesNotExist();
        assertThat(versions()).hasSize(1);
        assertThat(JobTestApplication.CONSOLE).anyMatch(l -> l.startsWith("source alpha: done") && l.endsWith("(unchanged)"));

        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 4, "DECIMAL(12,2)"));
        start(List.of("alpha"));

        assertThat(versions()).hasSize(2);
        assertThat(versions().stream().sorted().toList().get(0)).hasBinaryContent(first);
        assertThat(versions().stream().sorted().toList().get(1)).hasSameBinaryContentAs(layout.schemaFile("alpha"));
        Golden.assertMatches("alpha.changes.json", Files.readString(layout.changesFile("alpha"))
                .replaceAll("\"(old|new)_generated_at\": \"[^\"]+\"", "\"$1_generated_at\": \"<time>\""));
        assertThat(JobTestApplication.CONSOLE)
                .anyMatch(l -> l.endsWith("(changed: +1 table, 3 columns changed)"));
    }

    /** After an upgrade, a file written before metadata.normalize existed is rewritten once, said to be metadata. */
    @Test
    void aFileWrittenBeforeMetadataNormalizeIsRewrittenOnceAsAMetadataOnlyChange() throws Exception {
        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 3));
        start(List.of("alpha"));
        Path file = layout.schemaFile("alpha");
        String before = Files.readString(file).replace(",\n    \"normalize\": true", "");
        // schema.json is a hard link to its newest version: replaced by rename, never edited in place.
        Path older = file.resolveSibling("older.json");
        Files.writeString(older, before);
        Files.move(older, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        TestSources.BY_NAME.put("alpha", new InMemorySource("alpha", 1, 3));
        start(List.of("alpha"));

        assertThat(JobTestApplication.CONSOLE).anyMatch(l -> l.endsWith("(changed: metadata only)"));
        assertThat(withoutTime(Files.readString(file))).isEqualTo(withoutTime(before.replace(
                "\"dialect\": \"duckdb\"", "\"dialect\": \"duckdb\",\n    \"normalize\": true")));
    }

    private static String withoutTime(String schemaJson) {
        return schemaJson.replaceFirst("\"generated_at\": \"[^\"]+\"", "\"generated_at\": \"<time>\"");
    }

    private List<Path> versions() throws Exception {
        try (var files = Files.list(layout.historyDir("alpha"))) {
            return files.toList();
        }
    }

    private static List<String> workerSteps(JobExecution execution) {
        return execution.getStepExecutions().stream().map(StepExecution::getStepName)
                .filter(n -> n.startsWith("worker:")).sorted().toList();
    }
}
