package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.SourceAdapter;
import io.schemabuilder.source.SourceProbe;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableStream;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.jdbc.generic.GenericCatalog;
import io.schemabuilder.types.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A database read over JDBC with its engine's bulk catalog query: one streaming query per partition, never one
 * per table. Thread-safe: each stream has its own connection.
 */
public final class JdbcSourceAdapter implements SourceAdapter {
    private final JdbcSourceConfig config;
    private final JdbcTarget target;
    private final JdbcErrors errors;
    private final JdbcConnections connections;
    private final Catalog catalog;
    private final TableFilters configured;
    private volatile TableFilters scoped;
    private volatile Dialect detectedDialect;

    public JdbcSourceAdapter(JdbcSourceConfig config, Consumer<String> warnings) {
        this.config = config;
        this.target = JdbcTarget.of(config);
        this.errors = new JdbcErrors(config.name(), target, config.password());
        this.connections = new JdbcConnections(config.name(), target, errors, config.connectTimeout());
        this.catalog = Catalogs.forEngine(target.engine(), (int) config.queryTimeout().toSeconds(),
                warning -> warnings.accept("source " + config.name() + ": " + warning));
        this.configured = new TableFilters(config.filter());
    }

    /** Connects (which is where a wrong host, password or database shows) and asks the driver if it is usable. */
    @Override
    public void check() {
        Connection connection = connections.open();
        try {
            if (!connection.isValid((int) Math.max(1, config.connectTimeout().toSeconds()))) {
                throw errors.connecting(new SQLException("the connection did not answer within "
                        + config.connectTimeout().toSeconds() + " s", "08000"));
            }
        } catch (SQLException e) {
            throw errors.connecting(e);
        } finally {
            JdbcConnections.closeQuietly(connection);
        }
    }

    /** Connects, then lists the tables the filters select (the query that plans a run's partitions). */
    @Override
    public SourceProbe probe() {
        Connection connection = connections.open();
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            String kind = ProductNames.describe(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
            Set<String> schemas = new HashSet<>();
            long[] tables = {0};
            catalog.tableKeys(connection, filters(connection), key -> {
                schemas.add(key.schema());
                tables[0]++;
            });
            return new SourceProbe(kind, schemas.size(), tables[0]);
        } catch (SQLException e) {
            throw errors.reading(e);
        } finally {
            JdbcConnections.closeQuietly(connection);
        }
    }

    @Override
    public List<Slice> plan(int partitionThreshold) {
        if (catalog instanceof GenericCatalog) {
            return List.of(Slice.WHOLE);
        }
        List<TableKey> boundaries = new ArrayList<>();
        long[] count = {0};
        Connection connection = connections.open();
        try {
            catalog.tableKeys(connection, filters(connection), key -> {
                if (count[0] > 0 && count[0] % partitionThreshold == 0) {
                    boundaries.add(key);
                }
                count[0]++;
            });
        } catch (SQLException e) {
            throw errors.reading(e);
        } finally {
            JdbcConnections.closeQuietly(connection);
        }
        if (boundaries.isEmpty()) {
            return List.of(Slice.WHOLE);
        }
        List<Slice> slices = new ArrayList<>();
        TableKey from = null;
        for (TableKey to : boundaries) {
            slices.add(new Slice(sliceId(slices.size()), from, to));
            from = to;
        }
        slices.add(new Slice(sliceId(slices.size()), from, null));
        connections.sizeTo(slices.size());
        return slices;
    }

    private static String sliceId(int index) {
        return String.format(Locale.ROOT, "p%04d", index + 1);
    }

    @Override
    public TableStream tables(Slice slice, TableKey after) {
        Connection connection = connections.open();
        try {
            TableFilters filters = filters(connection);
            CatalogRows rows = catalog.columns(connection, filters, slice, after);
            return new CatalogTableStream(connection, rows, filters, errors);
        } catch (SQLException e) {
            JdbcConnections.closeQuietly(connection);
            throw errors.reading(e);
        } catch (RuntimeException e) {
            JdbcConnections.closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The configured filter within the engine's default scope (MySQL, MariaDB, ClickHouse: the connection's
     * database), asked once: every partition of the source must read the same tables.
     */
    private TableFilters filters(Connection connection) throws SQLException {
        TableFilters current = scoped;
        if (current == null) {
            current = catalog.scope(connection, configured);
            scoped = current;
        }
        return current;
    }

    /** From the config, else the URL, else the driver's product name. */
    @Override
    public Dialect dialect() {
        if (config.dialect() != null) {
            return config.dialect();
        }
        if (target.dialect() != null) {
            return target.dialect();
        }
        if (detectedDialect == null) {
            Connection connection = connections.open();
            try {
                detectedDialect = ProductNames.dialect(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw errors.reading(e);
            } finally {
                JdbcConnections.closeQuietly(connection);
            }
        }
        return detectedDialect;
    }

    @Override
    public void close() {
        connections.close();
    }
}
