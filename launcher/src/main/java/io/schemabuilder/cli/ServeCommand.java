package io.schemabuilder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the read-only web view of the run history and the schema files. Its fields are plain types and
 * it names no class of the web view: picocli reads every command's fields at each start, and the web view's classes
 * (and the JDK's HTTP server) must load for {@code serve} only.
 */
@Command(name = "serve", description = "Serve a read-only web view of the run history and the schema files "
        + "(until SIGTERM or Ctrl-C).")
public class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default 8080; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1: this machine only).")
    String bind;

    @Override
    public Integer call() throws Exception {
        return Serve.serve(options, bind, port);
    }
}
