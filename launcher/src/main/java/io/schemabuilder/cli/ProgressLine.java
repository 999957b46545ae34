package io.schemabuilder.cli;

import io.schemabuilder.batch.job.SourceProgress;
import java.time.Duration;
import java.util.Locale;

/**
 * One source's progress as a line: {@code source perf: 41,500 tables read, 2,770/s, 15 s}; a file source adds its
 * bytes done of the total: {@code source logs: 2 tables read, 1/s, 412.0 MB of 1.0 GB (41%), 3 s}.
 */
final class ProgressLine {

    private ProgressLine() {
    }

    static String of(SourceProgress source) {
        var bytes = source.bytes();
        return of(source.name(), source.tablesRead(), source.elapsed(),
                bytes == null ? -1 : bytes.done(), bytes == null ? -1 : bytes.total());
    }

    /** {@code bytesDone} and {@code bytesTotal} are -1 for a source that is not files. */
    static String of(String source, long tables, Duration elapsed, long bytesDone, long bytesTotal) {
        StringBuilder line = new StringBuilder("source ").append(source).append(": ")
                .append(String.format(Locale.ROOT, "%,d", tables)).append(tables == 1 ? " table" : " tables")
                .append(" read, ").append(String.format(Locale.ROOT, "%,d/s", perSecond(tables, elapsed)));
        if (bytesTotal >= 0) {
            line.append(", ").append(bytes(bytesDone)).append(" of ").append(bytes(bytesTotal));
            if (bytesTotal > 0) {
                line.append(" (").append(Math.min(100, bytesDone * 100 / bytesTotal)).append("%)");
            }
        }
        return line.append(", ").append(elapsed.toSeconds()).append(" s").toString();
    }

    private static long perSecond(long count, Duration elapsed) {
        long millis = Math.max(elapsed.toMillis(), 1);
        return Math.round(count * 1000.0 / millis);
    }

    /** Decimal units, as disks are sold: 999 B, 1.5 kB, 412.0 MB, 1.0 GB. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
