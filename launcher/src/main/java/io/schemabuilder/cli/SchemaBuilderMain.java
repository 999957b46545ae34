package io.schemabuilder.cli;

import io.schemabuilder.batch.job.FaultInjection;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** The command line: {@code schema-builder <command> [options]}; exits with {@link ExitCodes}. */
public final class SchemaBuilderMain {

    private SchemaBuilderMain() {
    }

    public static void main(String[] args) {
        FaultInjection.reached(FaultInjection.Point.START, "main", 1);
        useAheadOfTimeContext();
        System.exit(execute(args));
    }

    /**
     * The packaged launcher holds the Spring context's bean definitions made at build time (process-aot): starting
     * from them skips parsing the configuration classes and evaluating their conditions (about 0.4 s of each
     * command's start on 2 cores). {@code -Dspring.aot.enabled=false} starts without them; classes built without
     * them (an IDE, the unit tests) never use them.
     */
    private static void useAheadOfTimeContext() {
        boolean built = SchemaBuilderMain.class.getClassLoader()
                .getResource("io/schemabuilder/cli/BatchApplication__ApplicationContextInitializer.class") != null;
        if (built && System.getProperty("spring.aot.enabled") == null) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    public static int execute(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandFailure f ? f.exitCode() : ExitCodes.USAGE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("schema-builder: " + e.getMessage());
            err.println("see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            if (e instanceof CommandFailure failure) {
                failure.lines().forEach(err::println);
                if (debug && failure.getCause() != null) {
                    failure.getCause().printStackTrace(err);
                }
                err.flush();
                return failure.exitCode();
            }
            err.println("schema-builder: internal error: " + Repositories.rootMessage(e)
                    + (debug ? "" : " (--debug prints the stack trace)"));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.SOURCES_FAILED;
        });
        return commandLine.execute(args);
    }
}
