package io.schemabuilder.batch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Test-only hook for the process-level restart and crash tests: makes a run fail, or pause so that the test can
 * kill it with {@code kill -9}, at a precise point. Off unless the system property {@code schema-builder.fault}
 * (or the environment variable {@code SCHEMA_BUILDER_FAULT}) is set, e.g.
 * {@code write:warehouse:2:fail} (the 2nd chunk write of source warehouse throws) or
 * {@code assemble-rename:local:1:pause} (print {@code FAULT-PAUSE ...} and wait to be killed) or
 * {@code repository-create:h2:3:pause} (before the 3rd statement that creates the job repository) or
 * {@code write:shop:1:slow} (print {@code FAULT-SLOW ...} at the 1st chunk, then take two seconds more for it and for
 * every later one: time for a test to stop the run) or {@code write:shop:2:hold} (print {@code FAULT-HOLD ...} and
 * wait until the file that {@code SCHEMA_BUILDER_FAULT_RELEASE} names exists, default {@code fault.release} in the
 * working folder: a run that stays in progress exactly as long as a test needs) or {@code write:shop:2:nospace} (the
 * 2nd chunk's staging write fails as on a full disk, with the IOException a full disk gives; also
 * {@code assemble-write}). Several are separated by commas. A check costs one field read when off.
 */
public final class FaultInjection {

    /** Where a fault can be placed; {@code n} counts items for READ, chunks for WRITE, 1 for the others. */
    public enum Point {
        /** After the reader handed out its n-th table of the partition. */
        READ,
        /** After the n-th chunk was written and fsynced, before its commit. */
        WRITE,
        /** After the temp schema.json was written and fsynced, before the rename. */
        ASSEMBLE_RENAME,
        /** After schema.json was renamed into place, before the staging was marked assembled. */
        ASSEMBLE_MARK,
        /** When main starts (source {@code main}, n 1), before anything is read or written. */
        START,
        /** Before the n-th statement of the repository's creation (source {@code h2} or {@code postgresql}). */
        REPOSITORY_CREATE,
        /** H2 (source {@code h2}): 1 = the new repository is complete under its temporary name, not yet linked into
         *  place; 2 = linked, its temporary name not yet removed. */
        REPOSITORY_PLACE,
        /** Halfway through the bytes of the n-th chunk's staging write (a torn record on disk). */
        STAGE,
        /** After schema.json was renamed into place, before its copy in history/ is linked. */
        HISTORY_LINK,
        /** When the new schema.json is written (in the staging folder); for {@code nospace}. */
        ASSEMBLE_WRITE
    }

    private enum Action { FAIL, PAUSE, SLOW, HOLD, NOSPACE }

    private record Fault(Point point, String source, long n, Action action) {
    }

    private static final List<Fault> FAULTS = parse(System.getProperty("schema-builder.fault",
            System.getenv().getOrDefault("SCHEMA_BUILDER_FAULT", "")));

    private FaultInjection() {
    }

    public static void reached(Point point, String source, long n) {
        if (FAULTS.isEmpty()) {
            return;
        }
        for (Fault fault : FAULTS) {
            if (fault.point != point || !fault.source.equals(source) || fault.action == Action.NOSPACE) {
                continue;
            }
            if (fault.action == Action.SLOW && n >= fault.n) {
                slow(point, source, n, n == fault.n);
            } else if (fault.action == Action.HOLD && n == fault.n) {
                hold(point, source, n);
            } else if (n == fault.n) {
                if (fault.action == Action.PAUSE) {
                    pause(point, source, n);
                }
                throw new IllegalStateException("injected fault at " + name(point) + " " + n);
            }
        }
    }

    /** True where a {@code nospace} fault is placed: the caller then fails its write as a full disk would. */
    public static boolean noSpace(Point point, String source, long n) {
        if (FAULTS.isEmpty()) {
            return false;
        }
        return FAULTS.stream().anyMatch(f -> f.action == Action.NOSPACE && f.point == point && f.source.equals(source)
                && f.n == n);
    }

    private static void slow(Point point, String source, long n, boolean first) {
        if (first) {
            say("FAULT-SLOW " + name(point) + " " + source + " " + n);
        }
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void hold(Point point, String source, long n) {
        Path release = Path.of(System.getProperty("schema-builder.fault-release",
                System.getenv().getOrDefault("SCHEMA_BUILDER_FAULT_RELEASE", "fault.release")));
        say("FAULT-HOLD " + name(point) + " " + source + " " + n);
        while (!Files.exists(release)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held for a test", e);
            }
        }
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }

    private static void pause(Point point, String source, long n) {
        say("FAULT-PAUSE " + name(point) + " " + source + " " + n);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while paused for a test", e);
            }
        }
    }

    private static String name(Point point) {
        return point.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<Fault> parse(String spec) {
        return Arrays.stream(spec.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    String[] parts = s.split(":");
                    if (parts.length != 4) {
                        throw new IllegalArgumentException(
                                "schema-builder.fault: expected point:source:n:fail|pause|slow|hold|nospace, got " + s);
                    }
                    Point point = Point.valueOf(parts[0].toUpperCase(Locale.ROOT).replace('-', '_'));
                    Action action = Action.valueOf(parts[3].toUpperCase(Locale.ROOT));
                    return new Fault(point, parts[1], Long.parseLong(parts[2]), action);
                })
                .toList();
    }
}
