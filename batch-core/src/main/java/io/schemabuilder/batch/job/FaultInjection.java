package io.schemabuilder.batch.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Test-only hook for the process-level restart and crash tests: makes a run fail, or pause so that the test can
 * kill it with {@code kill -9}, at a precise point. Off unless the system property {@code schema-builder.fault}
 * (or the environment variable {@code SCHEMA_BUILDER_FAULT}) is set, e.g.
 * {@code write:warehouse:2:fail} (the 2nd chunk write of source warehouse throws) or
 * {@code assemble-rename:local:1:pause} (print {@code FAULT-PAUSE ...} and wait to be killed). Several are
 * separated by commas. A check costs one field read when off.
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
        ASSEMBLE_MARK
    }

    private record Fault(Point point, String source, long n, boolean pause) {
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
            if (fault.point == point && fault.source.equals(source) && fault.n == n) {
                if (fault.pause) {
                    pause(point, source, n);
                }
                throw new IllegalStateException("injected fault at " + name(point) + " " + n);
            }
        }
    }

    private static void pause(Point point, String source, long n) {
        synchronized (System.out) {
            System.out.println("FAULT-PAUSE " + name(point) + " " + source + " " + n);
            System.out.flush();
        }
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
                        throw new IllegalArgumentException("schema-builder.fault: expected point:source:n:fail|pause, got " + s);
                    }
                    Point point = Point.valueOf(parts[0].toUpperCase(Locale.ROOT).replace('-', '_'));
                    return new Fault(point, parts[1], Long.parseLong(parts[2]), parts[3].equals("pause"));
                })
                .toList();
    }
}
