package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import io.schemabuilder.cli.RestartHint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One run: each source's outcome, why it failed, and the command that redoes what failed. */
final class RunPage {
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");
    /** Characters a shell word may hold without quotes. */

    private RunPage() {
    }

    /**
     * @param sourcesWithFiles the sources that have a folder under schemas/ (their names link to their page)
     * @param repositoryUrl the --repository-url of the restart command (no query: no password), or null (embedded)
     */
    static String render(RunRecord run, List<String> sourcesWithFiles, String repositoryUrl, Instant now) {
        boolean running = Format.running(run.status());
        Html body = new Html().raw("<h1>Run ").text(run.id()).raw(" ");
        Format.badge(body, run.status()).raw("</h1>\n<dl class=\"facts\">\n");
        fact(body, "Start (UTC)", Format.time(run.start()));
        fact(body, "End (UTC)", running ? "running" : Format.time(run.end()));
        fact(body, "Duration", running && run.start() != null
                ? Format.duration(Duration.between(run.start(), now)) + " so far" : Format.duration(run.duration()));
        fact(body, "Exit code", run.exitCode() == null ? "-" : String.valueOf(run.exitCode()));
        fact(body, "Config", run.config());
        fact(body, "Output folder", run.outputDir());
        fact(body, "Run id", run.runId() + " (instance " + run.instanceId() + ")");
        body.raw("</dl>\n");
        body.raw("<h2>Sources</h2>\n<table class=\"sources\">\n<thead><tr><th>Source</th><th>Status</th>"
                + "<th>Partitions</th><th>Tables read</th><th>Tables written</th><th>Duration</th><th>Worker</th>"
                + "<th>Failure</th></tr></thead>\n<tbody>\n");
        for (SourceRun source : run.sources()) {
            body.raw("<tr class=\"" + Format.statusClass(source.status()) + "\"><td>");
            if (sourcesWithFiles.contains(source.name())) {
                body.raw("<a href=\"/sources/").text(source.name()).raw("\">").text(source.name()).raw("</a>");
            } else {
                body.text(source.name());
            }
            body.raw("</td><td>");
            Format.badge(body, source.status());
            if (source.executionId() != run.id()) {
                body.raw(" <small>in <a href=\"/runs/" + source.executionId() + "\">run ").text(source.executionId())
                        .raw("</a></small>");
            }
            body.raw("</td><td class=\"n\">").text(source.partitions())
                    .raw("</td><td class=\"n\">").text(String.format(java.util.Locale.ROOT, "%,d", source.read()))
                    .raw("</td><td class=\"n\">").text(String.format(java.util.Locale.ROOT, "%,d", source.written()))
                    .raw("</td><td class=\"n\">").text(Format.duration(source.duration()))
                    // A local run reads every partition in its own process.
                    .raw("</td><td>").text(source.worker() == null ? "local" : source.worker())
                    .raw("</td><td class=\"failure\">");
            if (source.message() != null) {
                Failure failure = Failure.of(source.name(), source.message());
                if (failure.category() != null) {
                    body.raw("<span class=\"category\">").text(failure.category()).raw("</span> ");
                }
                body.raw("<span class=\"message\">").text(failure.cause()).raw("</span>");
            }
            body.raw("</td></tr>\n");
        }
        body.raw("</tbody>\n</table>\n");
        if (RESTARTABLE.contains(run.status())) {
            String command = restartCommand(run, repositoryUrl);
            body.raw("<section class=\"restart\"><h2>Redo what failed</h2>\n")
                    .raw("<p>Only the sources (and partitions) that did not complete are read again.</p>\n")
                    .raw("<div class=\"command\"><pre><code id=\"restart-command\">").text(command)
                    .raw("</code></pre><button type=\"button\" class=\"copy\" data-copy=\"restart-command\" hidden>"
                            + "Copy</button></div>\n</section>\n");
        }
        body.raw("<p class=\"api\"><a href=\"/api/runs/" + run.id()
                + "\">This run as JSON</a> (the shape of <code>show --json</code>)</p>\n");
        return Layout.page("Run " + run.id(), Layout.Section.RUNS, running, body);
    }

    /** {@code schema-builder restart ID --config ... --output-dir ...}, each word quoted for a POSIX shell. */
    static String restartCommand(RunRecord run, String repositoryUrl) {
        return RestartHint.command(run, repositoryUrl);
    }

    private static void fact(Html body, String label, String value) {
        body.raw("<dt>").text(label).raw("</dt><dd>").text(value == null ? "-" : value).raw("</dd>\n");
    }
}
