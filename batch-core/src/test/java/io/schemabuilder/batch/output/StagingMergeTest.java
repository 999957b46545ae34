package io.schemabuilder.batch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemabuilder.source.TableKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingMergeTest {
    @TempDir
    Path dir;

    @Test
    void mergesPartitionFilesIntoKeyOrderAndCanIterateTwice() throws IOException {
        Path second = stage("p2", table("b", "t1", "x"), table("b", "t2", "x"));
        Path first = stage("p1", table("a", "t1", "x"), table("a", "t9", "x"));
        try (StagingMerge merge = new StagingMerge(List.of(second, first), key -> { })) {
            assertThat(keys(merge)).containsExactly("a.t1", "a.t9", "b.t1", "b.t2");
            assertThat(keys(merge)).containsExactly("a.t1", "a.t9", "b.t1", "b.t2");
        }
    }

    @Test
    void keyStagedTwiceKeepsTheLaterCopyAndIsReportedOnce() throws IOException {
        Path first = stage("p1", table("s", "a", "old"), table("s", "b", "old"), table("s", "b", "newer"));
        Path second = stage("p2", table("s", "a", "new"));
        List<TableKey> reported = new ArrayList<>();
        try (StagingMerge merge = new StagingMerge(List.of(first, second), reported::add)) {
            assertThat(types(merge)).containsExactly("s.a:new", "s.b:newer");
            assertThat(types(merge)).containsExactly("s.a:new", "s.b:newer");
        }
        assertThat(reported).containsExactly(new TableKey("s", "a"), new TableKey("s", "b"));
    }

    @Test
    void recordCutShortByACrashIsNotATable() throws IOException {
        byte[] next = StagedTableCodec.record(table("s", "b", "x"));
        int headerEnd = new String(next, java.nio.charset.StandardCharsets.UTF_8).indexOf('\n');
        for (int cut : new int[] {headerEnd / 2, headerEnd + 1, next.length - 1}) {
            Path file = stage("p1", table("s", "a", "x"));
            Files.write(file, java.util.Arrays.copyOf(next, cut), java.nio.file.StandardOpenOption.APPEND);
            try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
                assertThat(keys(merge)).as("cut after %d of %d bytes", cut, next.length).containsExactly("s.a");
            }
        }
    }

    @Test
    void recordWhoseLengthDisagreesWithItsHeaderIsReportedAsDamage() throws IOException {
        Path file = stage("p1", table("s", "a", "x"), table("s", "b", "x"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[StagedTableCodec.record(table("s", "a", "x")).length - 1] = ' ';
        Files.write(file, bytes);
        try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
            assertThatThrownBy(() -> keys(merge)).hasRootCauseMessage("staging file " + file + " is damaged at byte "
                    + (StagedTableCodec.record(table("s", "a", "x")).length - 1)
                    + ": a record does not end where its header says");
        }
    }

    @Test
    void headerThatIsNotSixLengthsIsReportedAsDamage() throws IOException {
        for (String header : new String[] {"1 1 1 0 2000000000 2000000000", "1 1 1 0 5", "1 x 1 0 5 5"}) {
            Path file = stage("p1", table("s", "a", "x"));
            Files.write(file, (header + "\nsa").getBytes(), java.nio.file.StandardOpenOption.APPEND);
            long at = Files.size(file) - header.length() - 3;
            try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
                assertThatThrownBy(() -> keys(merge)).as(header)
                        .hasRootCauseInstanceOf(IllegalStateException.class)
                        .cause().hasMessageStartingWith("staging file " + file + " is damaged at byte " + at + ": ");
            }
        }
    }

    @Test
    void stagingLinesOfVersion01AreStillRead() throws IOException {
        // A run staged by schema-builder 0.1 (one StagedTable JSON per line) and restarted after an upgrade.
        StagedTable old = table("s", "a", "int");
        Path file = dir.resolve("p1.jsonl");
        Files.write(file, (tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(old) + "\n")
                .getBytes());
        Files.write(file, StagedTableCodec.record(table("s", "b", "text")), java.nio.file.StandardOpenOption.APPEND);
        try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
            List<RenderedTable> tables = StreamSupport.stream(merge.inKeyOrder().spliterator(), false).toList();
            assertThat(tables).containsExactly(SchemaFileWriter.render(old),
                    SchemaFileWriter.render(table("s", "b", "text")));
        }
        try (StagingIndex index = StagingIndex.of(List.of(file), key -> { })) {
            assertThat(StreamSupport.stream(index.inKeyOrder().spliterator(), false).toList())
                    .containsExactly(SchemaFileWriter.render(old), SchemaFileWriter.render(table("s", "b", "text")));
        }
    }

    @Test
    void tablesLongerThanTheReadBlockAreReadWhole() throws IOException {
        List<StagedTable.StagedColumn> columns = IntStream.range(0, 3000)
                .mapToObj(i -> new StagedTable.StagedColumn("column_" + i, "varchar(100)", true,
                        "DataType.Type.VARCHAR", "VARCHAR(100)", "a comment long enough to take some room"))
                .toList();
        StagedTable wide = new StagedTable("s", "wide", "table", null, List.of(), columns, null);
        Path file = stage("p1", table("s", "a", "x"), wide, table("s", "z", "x"));
        assertThat(Files.size(file)).isGreaterThan(3 * 65536);
        try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
            List<RenderedTable> tables = StreamSupport.stream(merge.inKeyOrder().spliterator(), false).toList();
            assertThat(tables).extracting(t -> t.key().qualified()).containsExactly("s.a", "s.wide", "s.z");
            assertThat(tables.get(1)).isEqualTo(SchemaFileWriter.render(wide));
        }
    }

    @Test
    void fileOutOfKeyOrderIsReportedSoThatTheCallerCanSort() throws IOException {
        Path file = stage("p1", table("s", "b", "x"), table("s", "a", "x"));
        try (StagingMerge merge = new StagingMerge(List.of(file), key -> { })) {
            assertThatThrownBy(() -> keys(merge)).isInstanceOf(StagingMerge.OutOfOrder.class)
                    .hasMessageContaining("s.a after s.b");
        }
        try (StagingIndex index = StagingIndex.of(List.of(file), key -> { })) {
            assertThat(StreamSupport.stream(index.inKeyOrder().spliterator(), false).map(t -> t.key().qualified()))
                    .containsExactly("s.a", "s.b");
        }
    }

    private Path stage(String partition, StagedTable... tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (StagedTable table : tables) {
            bytes.writeBytes(StagedTableCodec.record(table));
        }
        Path file = dir.resolve(partition + ".jsonl");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static StagedTable table(String schema, String name, String type) {
        return new StagedTable(schema, name, "table", null, List.of(),
                List.of(new StagedTable.StagedColumn("c", type, true, "DataType.Type.UNKNOWN", type, null)), null);
    }

    private static List<String> keys(StagingMerge merge) {
        return StreamSupport.stream(merge.inKeyOrder().spliterator(), false).map(t -> t.key().qualified()).toList();
    }

    private static List<String> types(StagingMerge merge) {
        return StreamSupport.stream(merge.inKeyOrder().spliterator(), false)
                .map(t -> t.key().qualified() + ":" + t.sqlglotJson().replaceAll("(?s).*\"c\": \"([a-z]+)\".*", "$1"))
                .toList();
    }
}
