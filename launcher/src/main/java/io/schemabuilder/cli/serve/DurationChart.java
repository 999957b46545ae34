package io.schemabuilder.cli.serve;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A source's duration over its last runs as an inline SVG bar chart, drawn here: no script, no library, nothing
 * fetched. One bar per run, oldest on the left, coloured by how the source ended; each bar links to its run and
 * says its numbers on hover.
 */
final class DurationChart {
    static final int MAX_RUNS = 30;
    private static final int WIDTH = 240;
    private static final int HEIGHT = 56;
    private static final int TOP = 12;
    private static final int SLOT = WIDTH / MAX_RUNS;

    /** One run of the source. */
    record Point(long runId, String status, Duration duration) {
    }

    private DurationChart() {
    }

    /** @param points oldest first, at most {@link #MAX_RUNS} */
    static void svg(Html out, String source, List<Point> points) {
        double longest = points.stream().mapToDouble(p -> seconds(p.duration())).max().orElse(0);
        double scale = Math.max(longest, 0.1);
        out.raw("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                        + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"")
                .text("duration of " + source + " in its last " + Format.count(points.size(), "run")
                        + ", longest " + seconds(longest))
                .raw("\">")
                .raw("<line class=\"axis\" x1=\"0\" y1=\"" + (HEIGHT - 0.5) + "\" x2=\"" + WIDTH + "\" y2=\""
                        + (HEIGHT - 0.5) + "\"/>")
                .raw("<text class=\"scale\" x=\"0\" y=\"9\">").text(seconds(longest)).raw("</text>");
        int offset = WIDTH - points.size() * SLOT;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double height = Math.max(1.5, seconds(point.duration()) / scale * (HEIGHT - TOP));
            out.raw("<a href=\"/runs/" + point.runId() + "\"><rect class=\"bar " + Format.statusClass(point.status())
                            + "\" x=\"" + (offset + i * SLOT + 1) + "\" y=\"" + number(HEIGHT - height)
                            + "\" width=\"" + (SLOT - 2) + "\" height=\"" + number(height) + "\"><title>")
                    .text("run " + point.runId() + ": " + Format.duration(point.duration()) + ", "
                            + point.status().toLowerCase(Locale.ROOT))
                    .raw("</title></rect></a>");
        }
        out.raw("</svg>");
    }

    private static double seconds(Duration duration) {
        return duration == null ? 0 : duration.toMillis() / 1000.0;
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
