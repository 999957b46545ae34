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

    static void off() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
