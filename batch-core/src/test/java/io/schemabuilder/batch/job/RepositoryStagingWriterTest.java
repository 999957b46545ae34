package io.schemabuilder.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.batch.output.StagedTable;
import io.schemabuilder.batch.output.StagedTableCodec;
import io.schemabuilder.batch.repository.JobRepositorySchema;
import io.schemabuilder.testsupport.RealServices;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A remote worker's staged rows commit with its chunk: a rolled back chunk leaves none, and the writer of a
 * restarted (or taken over) partition goes on at the sequence number its last committed context holds. On H2 and
 * on the real PostgreSQL, the two repositories a worker can share with its manager.
 */
class RepositoryStagingWriterTest {
    private static final Partition PARTITION = Partition.whole("warehouse", false);

    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        try {
            JobRepositorySchema.ensure(h2);
            aRolledBackChunkLeavesNoRowAndARestartContinuesTheSequence(h2);
            rowsOfOneTableAndRowsOfAChunkDownloadAsOneStagingFile(h2);
        } finally {
            h2.destroy();
        }
    }

    @Test
    void onPostgres() throws Exception {
        RealServices.postgres().close(); // skips (or fails when required) without PostgreSQL
        String schema = RealServices.uniqueName("staging_repo");
        SingleConnectionDataSource postgres = new SingleConnectionDataSource(RealServices.POSTGRES_URL
                + "?currentSchema=" + schema, RealServices.POSTGRES_USER, "", true);
        try {
            JobRepositorySchema.ensure(postgres);
            aRolledBackChunkLeavesNoRowAndARestartContinuesTheSequence(postgres);
            rowsOfOneTableAndRowsOfAChunkDownloadAsOneStagingFile(postgres);
        } finally {
            try (Connection c = RealServices.postgres()) {
                RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            postgres.destroy();
        }
    }

    private void aRolledBackChunkLeavesNoRowAndARestartContinuesTheSequence(DataSource repository) throws Exception {
        RepositoryStaging staging = new RepositoryStaging(repository);
        TransactionTemplate chunkTransaction = new TransactionTemplate(new DataSourceTransactionManager(repository));
        List<StagedTable> tables = IntStream.range(0, 8).mapToObj(RepositoryStagingWriterTest::table).toList();
        ExecutionContext context = new ExecutionContext();

        // Run 1: chunk 1 (3 tables) commits with the context; chunk 2 is written, then its transaction rolls back.
        RepositoryStagingWriter first = new RepositoryStagingWriter(staging, "run-1", PARTITION);
        first.open(context);
        chunkTransaction.executeWithoutResult(tx -> {
            first.write(new Chunk<>(tables.subList(0, 3)));
            first.update(context);
        });
        assertThatThrownBy(() -> chunkTransaction.executeWithoutResult(tx -> {
            first.write(new Chunk<>(tables.subList(3, 6)));
            throw new IllegalStateException("connection reset while reading s.t5");
        })).hasMessageContaining("connection reset");
        assertThat(seqs(repository)).containsExactly(1L); // one row per chunk: its first table's number

        // Restart or takeover: a new writer opened on the last committed context stages the rest after seq 3.
        RepositoryStagingWriter second = new RepositoryStagingWriter(staging, "run-1", PARTITION);
        second.open(context);
        chunkTransaction.executeWithoutResult(tx -> {
            second.write(new Chunk<>(tables.subList(3, 8)));
            second.update(context);
        });

        assertThat(seqs(repository)).containsExactly(1L, 4L);
        assertThat(context.getLong(StagingWriter.TABLES)).isEqualTo(8);
        // Downloaded, the rows are the staging file a local run writes for the same tables.
        Path downloaded = dir.resolve("warehouse.jsonl");
        staging.download("run-1", "warehouse", "warehouse", downloaded);
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        tables.forEach(t -> local.writeBytes(StagedTableCodec.record(t)));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(local.toByteArray());

        assertThat(staging.delete("run-1", "warehouse")).isEqualTo(2);
        assertThat(seqs(repository)).isEmpty();
    }

    /** A run staged by an older version (a row per table) and restarted by this one reads back as one file. */
    private void rowsOfOneTableAndRowsOfAChunkDownloadAsOneStagingFile(DataSource repository) throws Exception {
        RepositoryStaging staging = new RepositoryStaging(repository);
        List<StagedTable> tables = IntStream.range(0, 5).mapToObj(RepositoryStagingWriterTest::table).toList();
        staging.insert("run-1", "warehouse", "warehouse", 1, StagedTableCodec.record(tables.get(0)));
        staging.insert("run-1", "warehouse", "warehouse", 2, StagedTableCodec.record(tables.get(1)));
        ExecutionContext context = new ExecutionContext();
        context.putLong(StagingWriter.TABLES, 2);
        RepositoryStagingWriter writer = new RepositoryStagingWriter(staging, "run-1", PARTITION);
        writer.open(context);
        writer.write(new Chunk<>(tables.subList(2, 5)));

        Path downloaded = dir.resolve("mixed.jsonl");
        staging.download("run-1", "warehouse", "warehouse", downloaded);
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        tables.forEach(t -> local.writeBytes(StagedTableCodec.record(t)));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(local.toByteArray());
        assertThat(seqs(repository)).containsExactly(1L, 2L, 3L);
        staging.delete("run-1", "warehouse");
    }

    private static List<Long> seqs(DataSource repository) {
        return new JdbcTemplate(repository).queryForList("SELECT SEQ FROM SB_STAGED_TABLE WHERE RUN_ID = 'run-1'"
                + " AND SOURCE_NAME = 'warehouse' AND PARTITION_NAME = 'warehouse' ORDER BY SEQ", Long.class);
    }

    private static StagedTable table(int i) {
        return new StagedTable("s", "t" + i, "table", null, List.of("id"),
                List.of(new StagedTable.StagedColumn("id", "integer", false, "DataType.Type.INT", "INT", null)), null);
    }
}
