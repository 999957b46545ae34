package io.schemabuilder.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands that start no Spring context ({@code check}) get Logback's defaults, which print every library's DEBUG
 * lines on standard output (connection pools starting, drivers loading): those commands say what they have to say
 * themselves, so the logs are turned off.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    /**
     * Logback reports a failed write of the log file (a full disk) on the console, stack trace and all, at every
     * line logged; the run says what failed in its own lines, so these reports are dropped (--debug keeps them).
     */
    static void noLogFileErrorsOnConsole() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            var statuses = logback.getStatusManager();
            statuses.getCopyOfStatusListenerList().stream()
                    .filter(l -> l instanceof ch.qos.logback.core.status.OnConsoleStatusListener)
                    .forEach(statuses::remove);
        }
    }

    static void off() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
