package io.schemabuilder.cli;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceAdapters;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.SourceProbe;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.SourceConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Probes sources at once, so that one unreachable host does not hold up the others: each on a thread of its own (at
 * most {@link #PARALLEL} at a time), and each given up after its time limits (a database: from its connect_timeout
 * and query_timeout; a driver can hang where its own timeouts do not reach). Results are handed on in the given
 * order, each as soon as it and those before it are known.
 */
final class SourceChecks {
    /** Sources probed at once: enough for a config's sources, few enough for the servers they share. */
    static final int PARALLEL = 16;
    /** A file source's limit: local files answer in far less; a hung network mount must not hang the command. */
    static final Duration FILE_LIMIT = Duration.ofMinutes(2);

    private SourceChecks() {
    }

    static void run(List<SourceConfig> sources, Consumer<SourceCheck> results) {
        ExecutorService probes = Executors.newCachedThreadPool(daemon("check"));
        ExecutorService checks = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL, sources.size())),
                daemon("check-wait"));
        try {
            List<CompletableFuture<SourceCheck>> pending = new ArrayList<>();
            for (SourceConfig source : sources) {
                pending.add(CompletableFuture.supplyAsync(() -> check(source, probes), checks));
            }
            for (CompletableFuture<SourceCheck> check : pending) {
                results.accept(check.join());
            }
        } finally {
            checks.shutdownNow();
            probes.shutdownNow();
        }
    }

    /**
     * Probes the source on a thread of its own, waiting for it to connect no longer than its connect limit, then for
     * the rest no longer than its query limit.
     */
    private static SourceCheck check(SourceConfig source, ExecutorService probes) {
        long start = System.nanoTime();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Limits limits = Limits.of(source);
        CompletableFuture<Void> connected = new CompletableFuture<>();
        CompletableFuture<SourceProbe> probe = CompletableFuture.supplyAsync(() -> {
            try (SourceAdapter adapter = SourceAdapters.open(source, warnings::add)) {
                adapter.check();
                connected.complete(null);
                return adapter.probe();
            }
        }, probes);
        SourceProbe found = null;
        SourceException failure = null;
        try {
            waitFor(CompletableFuture.anyOf(connected, probe), limits.connect(), source, "no answer within %d s"
                    + limits.connectSetting());
            found = waitFor(probe, limits.query(), source, "connected, but listing the tables took longer than %d s"
                    + limits.querySetting());
        } catch (SourceException e) {
            failure = e;
        }
        return new SourceCheck(source.name(), source.type(), found, failure, List.copyOf(warnings),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The future's value; its failure, or a timeout or an interruption, as the source's failure. */
    private static <T> T waitFor(CompletableFuture<T> future, Duration limit, SourceConfig source, String timeout) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SourceException(source.name(), ErrorCategory.CONNECT, String.format(timeout, limit.toSeconds()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : e.getCause();
            throw cause instanceof SourceException s ? s
                    : new SourceException(source.name(), ErrorCategory.INTERNAL, String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(source.name(), ErrorCategory.INTERNAL, "interrupted");
        }
    }

    /**
     * How long a source may take: a database to connect, twice its connect_timeout (a pool's first connection may
     * retry once, as PostgreSQL's driver does without SSL) and a little for loading the driver; then to list its
     * tables, its query_timeout and a little. Files: {@link #FILE_LIMIT} each.
     */
    private record Limits(Duration connect, Duration query, String connectSetting, String querySetting) {

        static Limits of(SourceConfig source) {
            if (source instanceof JdbcSourceConfig jdbc) {
                return new Limits(jdbc.connectTimeout().multipliedBy(2).plusSeconds(2),
                        jdbc.queryTimeout().plusSeconds(2),
                        " (connect_timeout " + jdbc.connectTimeout().toSeconds() + " s)",
                        " (query_timeout " + jdbc.queryTimeout().toSeconds() + " s)");
            }
            return new Limits(FILE_LIMIT, FILE_LIMIT, "", "");
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
