package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.ErrorCategory;
import io.schemabuilder.source.SourceException;
import io.schemabuilder.source.config.Secret;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;

/**
 * Turns a driver's exception into the one line a user reads: the category (from the SQLSTATE class, which the
 * drivers share, or the cause) and the driver's first line of message, with the password blanked should a driver
 * ever echo it.
 */
final class JdbcErrors {
    private final String source;
    private final JdbcTarget target;
    private final Secret password;

    JdbcErrors(String source, JdbcTarget target, Secret password) {
        this.source = source;
        this.target = target;
        this.password = password;
    }

    SourceException connecting(SQLException e) {
        ErrorCategory category = categoryOf(e, ErrorCategory.CONNECT);
        String where = target.file() != null ? String.valueOf(target.file()) : target.displayUrl();
        return new SourceException(source, category, "cannot connect to " + where + ": " + message(e) + unknownHost(e), e);
    }

    /**
     * The host a name lookup failed for, when the driver's own words do not name it: PostgreSQL's driver says only
     * "The connection attempt failed.", which leaves a user checking credentials and firewalls (check) guessing.
     */
    private String unknownHost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException u) {
                String host = u.getMessage() == null ? "" : u.getMessage().strip();
                return host.isEmpty() || message(e).contains(host) ? "" : " (unknown host " + host + ")";
            }
        }
        return "";
    }

    SourceException reading(SQLException e) {
        return new SourceException(source, categoryOf(e, ErrorCategory.INTERNAL),
                "reading the catalog of " + target.displayUrl() + " failed: " + message(e), e);
    }

    SourceException noDriver(SQLException e) {
        return new SourceException(source, ErrorCategory.UNSUPPORTED, "no JDBC driver for " + target.displayUrl()
                + " (put the driver's jar in the drivers/ folder beside schema-builder, or run java -Dloader.path=DIR -jar ...)", e);
    }

    static ErrorCategory categoryOf(SQLException e, ErrorCategory fallback) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        // MySQL/MariaDB 1044 "Access denied for user 'u'@'h' to database 'd'": the password was right, the grant is
        // missing. Its words look like 1045's (a wrong password), so it is told apart by its code first.
        if (e.getErrorCode() == 1044) {
            return ErrorCategory.PERMISSION;
        }
        if (state.startsWith("28") || text.contains("password authentication failed") || text.contains("access denied for user")) {
            return ErrorCategory.AUTH;
        }
        // 3D000 PostgreSQL, 1049 MySQL/MariaDB, 90146 and 90013 H2 (a file URL with IFEXISTS=TRUE).
        if (state.equals("3D000") || e.getErrorCode() == 1049 || e.getErrorCode() == 90146 || e.getErrorCode() == 90013
                || text.contains("unknown database")
                || (text.contains("database") && text.contains("does not exist"))) {
            return ErrorCategory.NOT_FOUND;
        }
        if (state.equals("42501") || e.getErrorCode() == 1044 || text.contains("permission denied")) {
            return ErrorCategory.PERMISSION;
        }
        if (state.startsWith("08") || e instanceof SQLTimeoutException || hasCause(e, ConnectException.class)
                || hasCause(e, UnknownHostException.class)) {
            return ErrorCategory.CONNECT;
        }
        return fallback;
    }

    private String message(Throwable e) {
        Throwable t = e;
        String text = null;
        while (t != null && text == null) {
            text = t.getMessage();
            t = t.getCause();
        }
        if (text == null) {
            text = e.getClass().getSimpleName();
        }
        text = text.strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline).strip();
        if (password != null && !password.reveal().isEmpty()) {
            text = text.replace(password.reveal(), "******");
        }
        return text;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
