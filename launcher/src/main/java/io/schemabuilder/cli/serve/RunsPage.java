package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunRecord;
import io.schemabuilder.batch.history.SourceRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The runs, newest first, a page at a time: what ran, when, how long, and how each source ended. */
final class RunsPage {
    static final int PAGE_SIZE = 20;

    private RunsPage() {
    }

    /**
     * @param runs    this page's runs
     * @param page    0 for the newest
     * @param hasMore whether older runs follow
     */
    static String render(List<RunRecord> runs, int page, boolean hasMore, Instant now) {
        Html body = new Html().raw("<h1>Runs</h1>\n");
        if (runs.isEmpty()) {
            body.raw(page == 0 ? "<p class=\"empty\">No runs recorded yet in this output folder.</p>\n"
                    : "<p class=\"empty\">No runs on this page.</p>\n");
        } else {
            body.raw("<table class=\"runs\">\n<thead><tr><th>Run</th><th>Start (UTC)</th><th>Duration</th>"
                    + "<th>Status</th><th>Sources</th></tr></thead>\n<tbody>\n");
            runs.forEach(run -> row(body, run, now));
            body.raw("</tbody>\n</table>\n");
        }
        body.raw("<nav class=\"pages\">");
        if (page > 0) {
            body.raw("<a rel=\"prev\" href=\"/?page=" + (page - 1) + "\">&larr; Newer</a>");
        }
        if (hasMore) {
            body.raw("<a rel=\"next\" href=\"/?page=" + (page + 1) + "\">Older &rarr;</a>");
        }
        body.raw("</nav>\n");
        boolean live = runs.stream().anyMatch(r -> Format.running(r.status()));
        return Layout.page("Runs", Layout.Section.RUNS, live, body);
    }

    private static void row(Html body, RunRecord run, Instant now) {
        boolean running = Format.running(run.status());
        body.raw("<tr class=\"run " + Format.statusClass(run.status()) + "\">")
                .raw("<td><a href=\"/runs/" + run.id() + "\">").text(run.id()).raw("</a></td>")
                .raw("<td>").text(Format.time(run.start())).raw("</td>")
                .raw("<td>").text(running && run.start() != null
                        ? Format.duration(Duration.between(run.start(), now)) + " so far"
                        : Format.duration(run.duration())).raw("</td><td>");
        Format.badge(body, run.status()).raw("</td><td class=\"chips\">");
        for (SourceRun source : run.sources()) {
            chip(body, source);
        }
        body.raw("</td></tr>\n");
    }

    /** One source of a run: its name and status, and while it runs, the tables it has read so far. */
    static void chip(Html body, SourceRun source) {
        body.raw("<span class=\"chip " + Format.statusClass(source.status()) + "\" title=\"")
                .text(source.name() + ": " + source.status()
                        + (source.message() == null ? "" : " - " + source.message())).raw("\">")
                .text(source.name());
        String note = Format.running(source.status()) ? Format.count(source.read(), "table") + " read"
                : source.status().equals("COMPLETED") ? null
                : source.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (note != null) {
            body.raw(" <small>").text(note).raw("</small>");
        }
        body.raw("</span> ");
    }
}
