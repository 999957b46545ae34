package io.schemabuilder.cli.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the process tests start the launcher: as the {@code schema-builder} script does (the jar extracted into plain
 * jars, with a class data sharing archive from a training run on the demo), made once per test JVM under
 * {@code target/it-fast/}. A command then starts in about half the time of {@code java -jar}, which is most of what
 * the process tests spend. When the archive cannot be made the tests run the jar as it is.
 */
final class FastJvm {
    private static List<String> options;

    private FastJvm() {
    }

    static synchronized List<String> options(Path jar) {
        if (options == null) {
            options = make(jar.toAbsolutePath());
        }
        return options;
    }

    private static List<String> make(Path jar) {
        Path fast = jar.resolveSibling("it-fast");
        Path archive = fast.resolve("schema-builder.jsa");
        Path classes = fast.resolve(jar.getFileName());
        List<String> plain = List.of("-jar", jar.toString());
        try {
            if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                deleteRecursively(fast);
                if (!exec(List.of(Launcher.javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                        "--destination", fast.toString()))) {
                    return plain;
                }
                Path training = Files.createTempDirectory("it-fast-training");
                Path demo = Path.of("../examples/demo/sources.yml").toAbsolutePath().normalize();
                exec(List.of(Launcher.javaBinary(), "-XX:ArchiveClassesAtExit=" + archive, "-Xmx256m", "-cp",
                        classes.toString(), "io.schemabuilder.cli.SchemaBuilderMain", "run", "--config", demo.toString(),
                        "--output-dir", training.toString()));
                deleteRecursively(training);
            }
            if (!Files.exists(archive)) {
                return plain;
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-cp", classes.toString(), "io.schemabuilder.cli.SchemaBuilderMain");
        } catch (IOException | InterruptedException e) {
            return plain;
        }
    }

    private static boolean exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : new ArrayList<>(paths.sorted(java.util.Comparator.reverseOrder()).toList())) {
                Files.deleteIfExists(path);
            }
        }
    }
}
