package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No space left on the output dir's disk while a source is staged or assembled: one line names the source and the
 * file, the previous schema.json stays as it was, the job repository records the failure, and a restart completes
 * the run once there is space again. With the test fault that fails a write as a full disk does, and, where this
 * machine lets the test mount a small tmpfs, with a disk that really fills up.
 */
class FullDiskIT {
    @TempDir
    static Path dir;
    private static Path mounted;

    @BeforeAll
    static void firstRun() throws Exception {
        Demo.copyInto(dir);
        Launcher.Result first = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "out");
        assertThat(first.exitCode()).as(first.out()).isZero();
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted != null) {
            exec("umount", mounted.toString());
        }
    }

    private static void assertNoSpaceThenRestartCompletes(String outputDir, String source, String fault,
                                                          String writing) throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve(outputDir + "/schemas/" + source + "/schema.json"));

        Launcher.Result full = Launcher.run(dir, Map.of("SCHEMA_BUILDER_FAULT", fault), "run", "--config",
                "sources.yml", "--output-dir", outputDir, "--full");

        assertThat(full.exitCode()).as(full.out()).isEqualTo(1);
        assertThat(full.out()).containsPattern("(?m)^source " + source + ": io: no space left on device writing \\S*"
                + writing).contains("failed: " + source).doesNotContain("Exception");
        assertThat(dir.resolve(outputDir + "/schemas/" + source + "/schema.json")).hasBinaryContent(before);

        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", outputDir);

        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(dir.resolve(outputDir + "/schemas/" + source + "/schema.json")).exists();
    }

    @Test
    void noSpaceWhileStagingFailsTheSourceInOneLineKeepsItsFileAndARestartCompletes() throws Exception {
        assertNoSpaceThenRestartCompletes("out", "shop", "write:shop:1:nospace", "staging/\\S+/shop/shop.jsonl");
    }

    @Test
    void noSpaceWhileAssemblingFailsTheSourceInOneLineKeepsItsFileAndARestartCompletes() throws Exception {
        assertNoSpaceThenRestartCompletes("out", "budget", "assemble-write:budget:1:nospace",
                "schemas/budget/schema.json");
    }

    @Test
    void aDiskThatFillsUpMidRunFailsTheSourcesInOneLineEachAndTheRunIsRecorded() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeThat(exec("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()))
                .as("this machine lets the test mount a tmpfs").isTrue();
        mounted = disk;
        Launcher.Result first = Launcher.run(dir, "run", "--config", "sources.yml", "--output-dir", "disk/out");
        assertThat(first.exitCode()).as(first.out()).isZero();
        byte[] before = Files.readAllBytes(disk.resolve("out/schemas/shop/schema.json"));

        Launcher.Running run = Launcher.start(dir, Map.of("SCHEMA_BUILDER_FAULT", "write:shop:1:slow"), "run",
                "--config", "sources.yml", "--output-dir", "disk/out", "--full", "--chunk-size", "1");
        run.awaitLine("FAULT-SLOW write shop 1");
        Path filler = disk.resolve("filler");
        fill(filler, Files.getFileStore(disk).getUsableSpace() - (1 << 20));
        Launcher.Result full = run.await();

        assertThat(full.exitCode()).as(full.out()).isEqualTo(1);
        assertThat(full.out()).containsPattern("(?m)^source shop: io: no space left on device writing \\S+shop.jsonl")
                .doesNotContain("Exception");
        assertThat(disk.resolve("out/schemas/shop/schema.json")).hasBinaryContent(before);
        assertThat(Launcher.run(dir, "history", "--output-dir", "disk/out").out()).contains("FAILED");

        Files.delete(filler);
        Launcher.Result restart = Launcher.run(dir, "restart", "--config", "sources.yml", "--output-dir", "disk/out");
        assertThat(restart.exitCode()).as(restart.out()).isZero();
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static boolean exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
