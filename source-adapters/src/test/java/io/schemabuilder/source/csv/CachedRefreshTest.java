package io.schemabuilder.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableMetadata;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.CsvSourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later run reuses the tables of unchanged files without reading them, and reads changed ones. */
class CachedRefreshTest {
    @TempDir
    Path dir;

    private static List<TableMetadata> read(CsvSourceAdapter adapter) {
        List<TableMetadata> tables = new ArrayList<>();
        try (TableStream stream = adapter.tables(Slice.WHOLE, null)) {
            stream.forEachRemaining(tables::add);
        }
        return tables;
    }

    @Test
    void unchangedFilesAreNotReadAgainChangedOnesAre() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "id,name\n1,x\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "id,when\n1,2024-01-01\n");
        Path c = Files.writeString(dir.resolve("c.csv"), "n\n1\n");
        CsvSourceAdapter first = new CsvSourceAdapter(CsvSourceConfig.detected("files", dir), w -> { });
        List<TableMetadata> before = read(first);
        Map<TableKey, TableMetadata> previous = before.stream().collect(Collectors.toMap(TableMetadata::key, t -> t));

        // a: untouched. b: same size, new content, new time (read). c: touched only (hash equal: reused).
        FileTime bTime = Files.getLastModifiedTime(b);
        Files.writeString(b, "id,when\n1,not-a-date\n");
        Files.setLastModifiedTime(b, FileTime.fromMillis(bTime.toMillis() + 5_000));
        Files.setLastModifiedTime(c, FileTime.fromMillis(Files.getLastModifiedTime(c).toMillis() + 5_000));
        CsvSourceAdapter second = new CsvSourceAdapter(CsvSourceConfig.detected("files", dir), w -> { });
        second.reuseUnchanged(previous);
        List<TableMetadata> after = read(second);

        assertThat(first.filesRead()).isEqualTo(3);
        assertThat(second.filesRead()).as("only b is read again").isEqualTo(1);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1).columns().get(1).nativeType()).isEqualTo("VARCHAR");
        assertThat(before.get(1).columns().get(1).nativeType()).isEqualTo("DATE");
        assertThat(after.get(2).columns()).isEqualTo(before.get(2).columns());
        assertThat(before).allMatch(t -> t.file() != null && t.file().sha256().length() == 64);
        assertThat(Files.exists(a)).isTrue();
    }
}
