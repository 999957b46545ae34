package io.schemabuilder.batch.repository;

import java.util.List;

/**
 * schema-builder's own table in the job repository, beside Spring Batch's: {@value #TABLE}, where a remote worker
 * stages the tables it reads (no disk is shared with the manager). One row per chunk, in the order the partition
 * wrote them:
 * <pre>
 * RUN_ID, SOURCE_NAME, PARTITION_NAME   whose staging it is (the partition's name, as in its step name)
 * SEQ                                   the sequence number (1, 2, ... within the partition) of the chunk's first table
 * RECORD                                the chunk's tables' staging records, one after the other: the bytes
 *                                       StagedTableCodec writes to a file
 * </pre>
 * A row per chunk, not per table: the rows of a partition cost a hundredth of the inserts, index entries and
 * round trips, and a partition's file is still its rows' bytes in SEQ order. (Rows of one table each, as an older
 * version staged, read back the same way.)
 * Created with Batch's tables by the same (crash-safe) code, and added on its own to a repository made before it.
 */
public final class StagedTableSchema {
    public static final String TABLE = "SB_STAGED_TABLE";

    private StagedTableSchema() {
    }

    /** {@code h2} or {@code postgresql}. */
    public static List<String> creates(String engine) {
        String bytes = engine.equals("postgresql") ? "BYTEA" : "VARBINARY";
        return List.of("CREATE TABLE " + TABLE + " (RUN_ID VARCHAR(100) NOT NULL, SOURCE_NAME VARCHAR(1000) NOT NULL,"
                + " PARTITION_NAME VARCHAR(1000) NOT NULL, SEQ BIGINT NOT NULL, RECORD " + bytes + " NOT NULL,"
                + " CONSTRAINT SB_STAGED_TABLE_PK PRIMARY KEY (RUN_ID, SOURCE_NAME, PARTITION_NAME, SEQ))");
    }

    public static List<String> drops() {
        return List.of("DROP TABLE IF EXISTS " + TABLE);
    }
}
