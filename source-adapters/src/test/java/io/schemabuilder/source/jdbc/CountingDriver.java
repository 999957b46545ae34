package io.schemabuilder.source.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:counting:<url>} that opens {@code jdbc:<url>} and counts the statements prepared or
 * created on its connections and the DatabaseMetaData calls: the proof that a catalog is read in a few queries.
 */
final class CountingDriver implements Driver {
    static final String PREFIX = "jdbc:counting:";
    static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final Set<String> COUNTED = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final CountingDriver INSTANCE = new CountingDriver();

    static synchronized void register() throws SQLException {
        if (DriverManager.drivers().noneMatch(d -> d instanceof CountingDriver)) {
            DriverManager.registerDriver(INSTANCE);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (COUNTED.contains(method.getName())) {
                        STATEMENTS.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
