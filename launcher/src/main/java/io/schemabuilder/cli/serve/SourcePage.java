package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.changes.ColumnChange;
import io.schemabuilder.batch.changes.ColumnState;
import io.schemabuilder.batch.changes.SchemaChanges;
import io.schemabuilder.batch.changes.SchemaDiff;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One source: its tables (a filter box: the server filters on submit, the bundled script as one types), its kept
 * versions, and the changes between any two of them.
 */
final class SourcePage {
    /** Tables listed at most: the filter narrows a big source down. */
    static final int MAX_TABLES = 500;

    /** What the page was asked for: a filter, and two versions to compare (null when not). */
    record Query(String filter, String older, String newer) {
    }

    private SourcePage() {
    }

    static String render(String name, OutputFolder folder, Optional<SourceRuns.Outcome> last, Query query)
            throws IOException {
        Path schema = folder.schemaFile(name).orElseThrow();
        SchemaFile.Summary summary = SchemaFile.summary(schema);
        Html body = new Html().raw("<h1>Source ").text(name).raw("</h1>\n<dl class=\"facts\">\n");
        fact(body, "Type", summary.sourceType() + (summary.dialect() == null ? "" : " (sqlglot dialect "
                + summary.dialect() + ")"));
        fact(body, "Tables", String.format(Locale.ROOT, "%,d tables, %,d columns", summary.tables(),
                summary.columns()));
        fact(body, "Last changed (UTC)", summary.generatedAt() == null ? "-"
                : summary.generatedAt().replace('T', ' ').replace("Z", ""));
        folder.changesFile(name).flatMap(SourcesPage::changeSummary).ifPresent(s -> fact(body, "Last change", s));
        body.raw("</dl>\n");
        if (last.isPresent()) {
            body.raw("<p>Last run: ");
            Format.badge(body, last.get().source().status()).raw(" in <a href=\"/runs/" + last.get().runId()
                    + "\">run ").text(last.get().runId()).raw("</a>");
            if (last.get().source().message() != null) {
                body.raw(" <span class=\"message\">").text(last.get().source().message()).raw("</span>");
            }
            body.raw("</p>\n");
        }
        body.raw("<p class=\"api\"><a href=\"/api/sources/").text(name)
                .raw("/schema\">schema.json</a> as written</p>\n");
        List<OutputFolder.Version> versions = folder.versions(name);
        if (query.older() != null || query.newer() != null) {
            diff(body, name, folder, query);
        }
        tables(body, schema, query);
        versions(body, name, versions, query);
        return Layout.page(name, Layout.Section.SOURCES, false, body);
    }

    private static void tables(Html body, Path schema, Query query) throws IOException {
        String filter = query.filter();
        SchemaFile.Tables tables = SchemaFile.tables(schema, filter, MAX_TABLES);
        body.raw("<section id=\"tables\"><h2>Tables</h2>\n")
                .raw("<form class=\"filter\" method=\"get\" action=\"#tables\" role=\"search\">")
                .raw("<label for=\"filter\">Filter tables</label> ")
                .raw("<input id=\"filter\" name=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"part of a name\" value=\"")
                .text(filter == null ? "" : filter)
                .raw("\">");
        hidden(body, "old", query.older());
        hidden(body, "new", query.newer());
        body.raw(" <button type=\"submit\">Filter</button> <output id=\"table-count\" for=\"filter\">")
                .text(tables.shown().size() < tables.matched()
                        ? "first " + tables.shown().size() + " of " + tables.matched() + " matching tables"
                        : tables.matched() == tables.total() ? Format.count(tables.total(), "table")
                        : tables.matched() + " of " + Format.count(tables.total(), "table"))
                .raw("</output></form>\n")
                .raw("<table class=\"tables\">\n<thead><tr><th>Table</th><th>Kind</th><th>Column</th>"
                        + "<th>Native type</th><th>sqlglot type</th><th>Nullable</th><th>Primary key</th>"
                        + "<th>Comment</th></tr></thead>\n");
        for (SchemaFile.Table table : tables.shown()) {
            int rows = Math.max(1, table.columns().size());
            body.raw("<tbody class=\"table\" data-name=\"").text(table.name().toLowerCase(Locale.ROOT)).raw("\">");
            body.raw("<tr><th scope=\"rowgroup\" rowspan=\"" + rows + "\" class=\"table-name\">").text(table.name());
            if (table.comment() != null) {
                body.raw("<div class=\"comment\">").text(table.comment()).raw("</div>");
            }
            body.raw("</th><td rowspan=\"" + rows + "\">").text(table.kind()).raw("</td>");
            if (table.columns().isEmpty()) {
                body.raw("<td colspan=\"6\"><small>no columns</small></td></tr>");
            }
            boolean first = true;
            for (SchemaFile.Column column : table.columns()) {
                body.raw(first ? "" : "<tr>")
                        .raw("<td>").text(column.name()).raw("</td><td><code>").text(column.type())
                        .raw("</code></td><td><code>").text(shortType(column.sqlglotType())).raw("</code></td>")
                        .raw("<td>").text(column.nullable() ? "yes" : "no").raw("</td>")
                        .raw("<td>").text(keyPosition(table.primaryKey(), column.name())).raw("</td>")
                        .raw("<td>").text(column.comment() == null ? "" : column.comment()).raw("</td></tr>");
                first = false;
            }
            body.raw("</tbody>\n");
        }
        body.raw("</table>\n");
        if (tables.matched() == 0) {
            body.raw("<p class=\"empty\">No table matches.</p>\n");
        }
        body.raw("</section>\n");
    }

    private static void versions(Html body, String name, List<OutputFolder.Version> versions, Query query) {
        body.raw("<section id=\"versions\"><h2>Versions</h2>\n");
        if (versions.isEmpty()) {
            body.raw("<p class=\"empty\">No versions kept (<code>--keep-versions 0</code>, or written before "
                    + "versions were kept).</p>\n</section>\n");
            return;
        }
        body.raw("<table class=\"versions\">\n<thead><tr><th>Version (UTC)</th><th>Tables</th><th></th></tr></thead>"
                + "\n<tbody>\n");
        for (int i = 0; i < versions.size(); i++) {
            OutputFolder.Version version = versions.get(i);
            body.raw("<tr><td>").text(label(version.name())).raw(i == 0 ? " <small>(current)</small>" : "")
                    .raw("</td><td class=\"n\">");
            try {
                SchemaFile.Summary summary = SchemaFile.summary(version.file());
                body.text(String.format(Locale.ROOT, "%,d", summary.tables()));
            } catch (IOException | RuntimeException e) {
                body.raw("<small>unreadable</small>");
            }
            body.raw("</td><td>");
            if (i + 1 < versions.size()) {
                body.raw("<a class=\"diff-link\" href=\"/sources/").text(name).raw("?old=")
                        .text(versions.get(i + 1).name()).raw("&amp;new=").text(version.name())
                        .raw("#diff\">changes from the version before</a>");
            } else {
                body.raw("<small>oldest kept</small>");
            }
            body.raw("</td></tr>\n");
        }
        body.raw("</tbody>\n</table>\n");
        if (versions.size() > 1) {
            body.raw("<form class=\"compare\" method=\"get\" action=\"#diff\"><label>Compare ");
            select(body, "old", versions, query.older() != null ? query.older() : versions.get(1).name());
            body.raw("</label> <label>with ");
            select(body, "new", versions, query.newer() != null ? query.newer() : versions.get(0).name());
            body.raw("</label>");
            hidden(body, "q", query.filter());
            body.raw(" <button type=\"submit\">Show changes</button></form>\n");
        }
        body.raw("</section>\n");
    }

    private static void select(Html body, String field, List<OutputFolder.Version> versions, String selected) {
        body.raw("<select name=\"" + field + "\">");
        for (OutputFolder.Version version : versions) {
            body.raw("<option value=\"").text(version.name()).raw("\"")
                    .raw(version.name().equals(selected) ? " selected" : "").raw(">").text(label(version.name()))
                    .raw("</option>");
        }
        body.raw("</select>");
    }

    private static void diff(Html body, String name, OutputFolder folder, Query query) throws IOException {
        body.raw("<section id=\"diff\" class=\"diff\"><h2>Changes</h2>\n");
        Optional<OutputFolder.Version> older = folder.version(name, String.valueOf(query.older()));
        Optional<OutputFolder.Version> newer = folder.version(name, String.valueOf(query.newer()));
        if (older.isEmpty() || newer.isEmpty()) {
            body.raw("<p class=\"error\">No kept version ").text(older.isEmpty() ? query.older() : query.newer())
                    .raw(" of this source.</p>\n</section>\n");
            return;
        }
        SchemaChanges changes = SchemaDiff.between(older.get().file(), newer.get().file());
        body.raw("<p>From <strong>").text(label(older.get().name())).raw("</strong> to <strong>")
                .text(label(newer.get().name())).raw("</strong>: <span class=\"summary\">").text(changes.summary())
                .raw("</span></p>\n");
        if (changes.isEmpty()) {
            body.raw("</section>\n");
            return;
        }
        body.raw("<table class=\"changes\">\n<thead><tr><th></th><th>Table</th><th>Column</th><th>Before</th>"
                + "<th>After</th></tr></thead>\n<tbody>\n");
        changes.tablesAdded().forEach(t -> change(body, "added", "+ table", t, null, null, null));
        changes.tablesRemoved().forEach(t -> change(body, "removed", "- table", t, null, null, null));
        for (ColumnChange c : changes.columnsAdded()) {
            change(body, "added", "+ column", c.table(), c.column(), null, c.after());
        }
        for (ColumnChange c : changes.columnsRemoved()) {
            change(body, "removed", "- column", c.table(), c.column(), c.before(), null);
        }
        for (ColumnChange c : changes.columnsChanged()) {
            change(body, "changed", "~ column", c.table(), c.column(), c.before(), c.after());
        }
        body.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void change(Html body, String kind, String what, String table, String column, ColumnState before,
                               ColumnState after) {
        body.raw("<tr class=\"" + kind + "\"><td>").text(what).raw("</td><td>").text(table).raw("</td><td>")
                .text(column == null ? "" : column).raw("</td><td>").text(describe(before)).raw("</td><td>")
                .text(describe(after)).raw("</td></tr>\n");
    }

    private static String describe(ColumnState state) {
        return state == null ? "" : state.type() + (state.nullable() ? " null" : " not null") + " ("
                + shortType(state.sqlglotType()) + ")";
    }

    /** {@code DataType.Type.INT} as {@code INT}: the page has the room for the member only. */
    private static String shortType(String sqlglotType) {
        return sqlglotType == null ? "" : sqlglotType.replace("DataType.Type.", "");
    }

    private static String keyPosition(List<String> primaryKey, String column) {
        int at = primaryKey.indexOf(column);
        return at < 0 ? "" : primaryKey.size() == 1 ? "yes" : "yes (" + (at + 1) + " of " + primaryKey.size() + ")";
    }

    /** {@code 20250115T103000Z} as {@code 2025-01-15 10:30:00}. */
    static String label(String version) {
        if (version == null || version.length() != 16) {
            return String.valueOf(version);
        }
        return version.substring(0, 4) + "-" + version.substring(4, 6) + "-" + version.substring(6, 8) + " "
                + version.substring(9, 11) + ":" + version.substring(11, 13) + ":" + version.substring(13, 15);
    }

    /** Keeps the other form's choice when this one is sent. */
    private static void hidden(Html body, String field, String value) {
        if (value != null && !value.isEmpty()) {
            body.raw("<input type=\"hidden\" name=\"" + field + "\" value=\"").text(value).raw("\">");
        }
    }

    private static void fact(Html body, String label, String value) {
        body.raw("<dt>").text(label).raw("</dt><dd>").text(value).raw("</dd>\n");
    }
}
