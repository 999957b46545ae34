package io.schemabuilder.cli;

import io.schemabuilder.batch.history.StopSignal;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.job.RunRole;
import io.schemabuilder.batch.remote.BrokerUrl;
import io.schemabuilder.batch.remote.RemoteSettings;
import io.schemabuilder.batch.remote.RemoteWorkerConfiguration;
import io.schemabuilder.batch.remote.WorkerDrain;
import io.schemabuilder.source.config.SchemaBuilderConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * A remote worker: reads the partitions that {@code run --broker} sends to its zones, with the sources of its own
 * config (their secrets from its own environment), until SIGTERM or SIGINT. Then it takes no new partition, lets
 * each partition in progress commit its current chunk, and exits 0 without acknowledging them: the broker hands
 * them to another worker of the zone, which resumes each after that chunk. A second signal exits at once.
 */
@Command(name = "worker", description = "Serve the partitions of remote runs (run --broker) for the given zones until"
        + " SIGTERM or Ctrl-C.")
public class WorkerCommand implements Callable<Integer> {
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9_-]+");

    @Mixin
    CommonOptions options;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--zones", split = ",", paramLabel = "ZONE",
            description = "The zones whose partitions this worker reads (comma-separated; default: default).")
    List<String> zones;

    @Option(names = "--name", paramLabel = "NAME",
            description = "This worker's name in history and show (default: host:pid).")
    String name;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Partitions read at once, per zone (default 4).")
    int parallel;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "500",
            description = "Tables per committed chunk (default 500).")
    int chunkSize;

    @Override
    public Integer call() throws Exception {
        String given = broker.given();
        if (given == null) {
            throw new CommandFailure(ExitCodes.USAGE, "missing --broker URL (or SCHEMA_BUILDER_BROKER_URL)");
        }
        BrokerUrl url = RemoteRun.brokerUrl(given);
        if (parallel < 1 || chunkSize < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--parallel and --chunk-size must be at least 1");
        }
        List<String> served = zones == null || zones.isEmpty() ? List.of("default") : zones.stream().map(String::strip)
                .filter(z -> !z.isEmpty()).distinct().toList();
        for (String zone : served) {
            if (!ZONE.matcher(zone).matches()) {
                throw new CommandFailure(ExitCodes.USAGE, "--zones: a zone must match [A-Za-z0-9_-]+, got '" + zone + "'");
            }
        }
        SchemaBuilderConfig config = options.loadConfig(); // its secrets resolve here, in the worker's environment
        RunLayout layout = options.layout(config);
        BatchApplication.Settings settings = options.settings(layout, parallel, chunkSize);
        RemoteRun.requireSharedRepository(settings, "worker");
        String workerName = name != null && !name.isBlank() ? name.strip() : RunLock.host() + ":"
                + ProcessHandle.current().pid();
        WritableOutputDir.check(layout);
        BrokerCheck.check(url, broker.heartbeat);

        Map<String, Object> properties = new LinkedHashMap<>(broker.properties(given));
        properties.put(RemoteSettings.ZONES, String.join(",", served));
        properties.put(RunRole.WORKER_CONFIG, config.file().toAbsolutePath().toString());
        properties.put(RunRole.WORKER_NAME, workerName);
        properties.put(RunRole.WORKER_OUTPUT_DIR, layout.outputDir().toString());
        CountDownLatch stop = new CountDownLatch(1);
        AtomicReference<StopSignal> signal = new AtomicReference<>();
        for (StopSignal each : StopSignal.values()) {
            Signal.handle(new Signal(each.name()), s -> {
                if (!signal.compareAndSet(null, each)) {
                    say("worker " + workerName + ": " + each.label() + " again: exiting now");
                    Runtime.getRuntime().halt(each.exitCode());
                }
                stop.countDown();
            });
        }
        ConfigurableApplicationContext context = RemoteApplication.start(settings, null, "worker", properties);
        RemoteWorkerConfiguration.WorkerFlows flows = context.getBean(RemoteWorkerConfiguration.WorkerFlows.class);
        WorkerDrain drain = context.getBean(WorkerDrain.class);
        if (signal.get() != null) { // stopped while starting: take nothing at all
            say("worker " + workerName + ": " + signal.get().label() + " before it served: stopped");
            context.close();
            return ExitCodes.OK;
        }
        try {
            flows.start();
        } catch (RuntimeException e) {
            context.close();
            throw new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "broker " + url + ": cannot consume the zones' queues: "
                    + Repositories.rootMessage(e), e);
        }
        say("worker " + workerName + " serving zone" + (served.size() == 1 ? " " : "s ") + String.join(", ", served)
                + " from " + url + " (" + parallel + " at once" + (served.size() == 1 ? "" : " per zone")
                + "); SIGTERM or Ctrl-C stops it");
        stop.await();
        StopSignal received = signal.get();
        say("worker " + workerName + ": " + received.label() + ": taking no new partition; partitions in progress"
                + " stop after their current chunk (" + received.label() + " again exits at once)");
        int left = drain.drain();
        flows.disconnect(); // the broker requeues what was not acknowledged, for another worker of the zone
        if (left == 0) {
            say("worker " + workerName + ": stopped");
            context.close();
            return ExitCodes.OK;
        }
        say("worker " + workerName + ": stopped; " + left + " partition(s) in progress left to another worker of"
                + " their zone, which resumes each after its last committed chunk");
        // The partition threads wait in their step for good (their requests must stay unacknowledged): no orderly
        // close can end them. Their work is committed; the process just ends.
        Runtime.getRuntime().halt(ExitCodes.OK);
        return ExitCodes.OK;
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
