package io.schemabuilder.cli.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Runs the packaged launcher jar as its own process, as cron would. */
final class Launcher {
    private static final Path JAR = Path.of(System.getProperty("schema-builder.jar", "target/schema-builder.jar"));

    /** A finished command. */
    record Result(int exitCode, String out) {
    }

    /** A command still running, whose output is collected as it comes. */
    static final class Running {
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        Running(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output closed: " + e.getMessage() + ")");
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        long pid() {
            return process.pid();
        }

        /** Waits until a line starting with {@code prefix} was printed (or fails after a minute). */
        void awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                    return;
                }
                if (!process.isAlive() && lines.stream().noneMatch(l -> l.startsWith(prefix))) {
                    Thread.sleep(200);
                    if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                        return;
                    }
                    throw new AssertionError("process ended (" + process.exitValue() + ") before printing '" + prefix
                            + "':\n" + String.join("\n", lines));
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no line '" + prefix + "' within a minute:\n" + String.join("\n", lines));
        }

        /**
         * SIGTERM: the JVM runs its shutdown hooks, then ends. Sent through the process handle: Process.destroy()
         * would also close the output pipe, and the last lines printed would be lost.
         */
        void sigterm() {
            process.toHandle().destroy();
        }

        /** Waits for the process to end (after a signal); false when it is still alive after the timeout. */
        boolean awaitExit(long seconds) throws InterruptedException {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        }

        int exitValue() {
            return process.exitValue();
        }

        /** The lines printed so far. */
        List<String> lines() {
            return List.copyOf(lines);
        }

        /** Sends a signal by name (TERM, INT) with kill(1), as a scheduler or a terminal would. */
        void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-s", name, String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -s " + name + " " + process.pid() + " failed");
            }
        }

        /** SIGKILL: no shutdown hook, no finally block runs. */
        void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** The finished command, or an AssertionError when it takes longer than {@code seconds} (then killed). */
        Result awaitWithin(long seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("command did not end within " + seconds + " s:\n" + String.join("\n", lines));
            }
            return await();
        }

        Result await() throws InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("command did not end within 5 minutes:\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
            return new Result(process.exitValue(), String.join("\n", lines));
        }
    }

    private Launcher() {
    }

    static Running start(Path workDir, Map<String, String> environment, String... args) throws IOException {
        return start(List.of(), workDir, environment, args);
    }

    /**
     * As {@link #start}, with SIGINT at its default action in the command, whatever this JVM inherited: a
     * background job of a non-interactive shell (how CI runs Maven) starts with SIGINT ignored, its children too,
     * and a JVM started so never sees Ctrl-C. Perl sets the default back before it execs the command.
     */
    static Running startWithSigint(Path workDir, Map<String, String> environment, String... args)
            throws IOException {
        return start(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\""),
                workDir, environment, args);
    }

    private static Running start(List<String> prefix, Path workDir, Map<String, String> environment, String... args)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with `./mvnw verify` (package first)");
        }
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(javaBinary(), "-Xmx256m"));
        command.addAll(FastJvm.options(JAR));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("SCHEMA_BUILDER_FAULT");
        builder.environment().putAll(environment);
        return new Running(builder.start());
    }

    static Result run(Path workDir, Map<String, String> environment, String... args) throws Exception {
        return start(workDir, environment, args).await();
    }

    static Result run(Path workDir, String... args) throws Exception {
        return run(workDir, Map.of(), args);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
