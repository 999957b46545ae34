package io.schemabuilder.cli.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** How the pages write times, durations and statuses. */
final class Format {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private Format() {
    }

    /** {@code 2025-01-15 10:30:00} (UTC, as every time of the view: the header says so). */
    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** {@code 0.4 s}, {@code 12.0 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    static boolean running(String status) {
        return RUNNING.contains(status);
    }

    /** The CSS class of a status: {@code s-failed}, {@code s-completed}, ... */
    static String statusClass(String status) {
        return "s-" + status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A status as a badge. */
    static Html badge(Html out, String status) {
        return out.raw("<span class=\"badge " + statusClass(status) + "\">").text(status).raw("</span>");
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
