package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines of a run whose stdout is not a terminal (cron, CI), with the real jar. */
class ProgressIT {

    @TempDir
    Path dir;

    @Test
    void aSlowSourceGetsAPlainLineEveryIntervalUntilItsDoneLine() throws Exception {
        Files.createDirectories(dir.resolve("slow"));
        Files.writeString(dir.resolve("slow/a.csv"), "id,name\n1,x\n");
        Files.writeString(dir.resolve("slow/b.csv"), "id,amount\n1,2.5\n");
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - name: slow
                    type: csv
                    path: slow
                """);

        // Each table the slow source reads takes two seconds more: two tables, a line every half second.
        Launcher.Result run = Launcher.run(dir, Map.of("SCHEMA_BUILDER_FAULT", "read:slow:1:slow"),
                "run", "--config", "sources.yml", "--output-dir", "out", "--progress-interval", "0.5");

        assertThat(run.exitCode()).as(run.out()).isZero();
        List<String> lines = run.out().lines().toList();
        int done = lines.indexOf(lines.stream().filter(l -> l.startsWith("source slow: done:")).findFirst()
                .orElseThrow(() -> new AssertionError("no done line:\n" + run.out())));
        List<String> progress = lines.stream().filter(l -> l.matches("source slow: [0-9]+ tables? read, .*")).toList();
        assertThat(progress).as(run.out()).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(l -> l.matches("source slow: [12] tables? read, [0-9,]+/s, [0-9]+ B of 28 B \\([0-9]+%\\), [0-9]+ s"));
        assertThat(lines.subList(done, lines.size())).as("nothing after the done line").noneMatch(progress::contains);
    }
}
