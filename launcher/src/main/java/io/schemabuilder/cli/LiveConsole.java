package io.schemabuilder.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A terminal's bottom lines redrawn in place (ANSI escapes): the live progress of the running sources, under the
 * lines the run prints. A printed line first erases the live block; the reporter draws it again at its next tick,
 * so the block is drawn at most as often as the reporter ticks.
 */
final class LiveConsole {
    private final PrintStream out;
    private final int width;
    private List<String> drawn = List.of();

    LiveConsole(PrintStream out, int width) {
        this.out = out;
        this.width = Math.max(20, width);
    }

    /** The terminal's width from {@code COLUMNS} when the shell exports it, else 80. */
    static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** A line that stays (started, done, failed): printed above the live block. */
    synchronized void line(String text) {
        erase();
        out.println(text);
        out.flush();
    }

    /**
     * Replaces the live block with these lines (cut to the width: a wrapped line would throw the erase off); the same
     * lines again are left as they are.
     */
    synchronized void show(List<String> lines) {
        if (lines.equals(drawn)) {
            return;
        }
        erase();
        for (String line : lines) {
            out.print(line.length() < width ? line : line.substring(0, width - 2) + "…");
            out.print('\n');
        }
        drawn = List.copyOf(lines);
        out.flush();
    }

    synchronized void clear() {
        erase();
        out.flush();
    }

    /** Up to the block's first line, then clear to the end of the screen. */
    private void erase() {
        if (!drawn.isEmpty()) {
            out.print("\r\033[" + drawn.size() + "A\033[J");
            drawn = List.of();
        }
    }
}
