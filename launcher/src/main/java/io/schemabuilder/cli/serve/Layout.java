package io.schemabuilder.cli.serve;

/** The frame of every page: head (bundled CSS and script, no resource from outside), navigation, main. */
final class Layout {
    /** Seconds between reloads of a page that shows a run in progress. */
    static final int REFRESH_SECONDS = 5;

    enum Section { RUNS, SOURCES }

    private Layout() {
    }

    /**
     * @param refresh whether the page reloads itself (a run in progress: a meta refresh, which works without
     *                JavaScript and under the strict content security policy)
     */
    static String page(String title, Section section, boolean refresh, Html body) {
        Html page = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (refresh) {
            page.raw("<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\">\n");
        }
        page.raw("<title>").text(title).raw(" - schema-builder</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"/static/serve.css\">\n")
                .raw("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n")
                .raw("<script src=\"/static/serve.js\" defer></script>\n</head>\n<body>\n")
                .raw("<header><a class=\"brand\" href=\"/\">schema-builder</a><nav>")
                .raw(link("/", "Runs", section == Section.RUNS))
                .raw(link("/sources", "Sources", section == Section.SOURCES))
                .raw("</nav>")
                .raw(refresh ? "<span class=\"live\" title=\"this page reloads every " + REFRESH_SECONDS
                        + " s while a run is in progress\">live</span>" : "")
                .raw("</header>\n<main>\n")
                .raw(body.toString())
                .raw("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String link(String href, String label, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
    }
}
