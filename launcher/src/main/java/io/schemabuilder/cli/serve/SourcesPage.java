package io.schemabuilder.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every source: how it last ended, its size, when it last changed, and its duration over its last runs. */
final class SourcesPage {
    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private SourcesPage() {
    }

    static String render(OutputFolder folder, SourceRuns runs) {
        List<String> withFiles = folder.sources();
        Set<String> names = new LinkedHashSet<>(withFiles);
        runs.names().stream().sorted().forEach(names::add);
        Html body = new Html().raw("<h1>Sources</h1>\n");
        if (names.isEmpty()) {
            body.raw("<p class=\"empty\">No source has been read into this output folder yet.</p>\n");
            return Layout.page("Sources", Layout.Section.SOURCES, false, body);
        }
        body.raw("<table class=\"source-list\">\n<thead><tr><th>Source</th><th>Last run</th><th>Tables</th>"
                + "<th>Columns</th><th>Last changed (UTC)</th><th>Duration, last "
                + DurationChart.MAX_RUNS + " runs</th></tr></thead>\n<tbody>\n");
        for (String name : names) {
            row(body, folder, runs, name, withFiles.contains(name));
        }
        body.raw("</tbody>\n</table>\n");
        return Layout.page("Sources", Layout.Section.SOURCES, false, body);
    }

    private static void row(Html body, OutputFolder folder, SourceRuns runs, String name, boolean hasFiles) {
        Optional<SourceRuns.Outcome> last = runs.last(name);
        body.raw("<tr class=\"" + last.map(o -> Format.statusClass(o.source().status())).orElse("") + "\"><td>");
        if (hasFiles) {
            body.raw("<a href=\"/sources/").text(name).raw("\">").text(name).raw("</a>");
        } else {
            body.text(name).raw(" <small>(no schema file yet)</small>");
        }
        body.raw("</td><td>");
        if (last.isPresent()) {
            Format.badge(body, last.get().source().status())
                    .raw(" <a href=\"/runs/" + last.get().runId() + "\">run ").text(last.get().runId()).raw("</a>");
        } else {
            body.raw("-");
        }
        body.raw("</td>");
        Optional<Path> schema = folder.schemaFile(name);
        if (schema.isPresent()) {
            SchemaFile.Summary summary = summary(schema.get());
            body.raw("<td class=\"n\">").text(String.format(java.util.Locale.ROOT, "%,d", summary.tables()))
                    .raw("</td><td class=\"n\">").text(String.format(java.util.Locale.ROOT, "%,d", summary.columns()))
                    .raw("</td><td>").text(summary.generatedAt() == null ? "-"
                            : summary.generatedAt().replace('T', ' ').replace("Z", ""));
            folder.changesFile(name).flatMap(SourcesPage::changeSummary)
                    .ifPresent(change -> body.raw("<br><small>").text(change).raw("</small>"));
            body.raw("</td>");
        } else {
            body.raw("<td class=\"n\">-</td><td class=\"n\">-</td><td>-</td>");
        }
        body.raw("<td>");
        List<DurationChart.Point> durations = runs.durations(name);
        if (durations.isEmpty()) {
            body.raw("-");
        } else {
            DurationChart.svg(body, name, durations);
        }
        body.raw("</td></tr>\n");
    }

    private static SchemaFile.Summary summary(Path schema) {
        try {
            return SchemaFile.summary(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary line of the source's last change (changes.json), e.g. {@code +1 table, 1 column changed}. */
    static Optional<String> changeSummary(Path changes) {
        try {
            String summary = JSON.readTree(changes.toFile()).path("summary").asString(null);
            return Optional.ofNullable(summary);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
