package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one door of the web view to the job repository: every page and document reads the run history through
 * {@link #read}. {@code serve} runs for days beside cron's runs, so a read never holds the repository beyond itself:
 * it opens one connection, answers one query with it, and closes it (no pool, no Spring context).
 */
public final class RunStore {

    /** How one read reaches the repository: over a connection of its own, closed when the read ends. */
    public interface Reads {
        /** {@code whenNone} when no run was ever recorded here; {@link Unavailable} when the repository cannot be read. */
        <T> T read(Function<RunHistory, T> query, T whenNone);
    }

    /**
     * Where the repository is, for {@link #overConnection}.
     *
     * @param embeddedFile the H2 file, when the repository is the embedded one (null for a server database): while it
     *                     does not exist no run has been recorded, and nothing must create it
     * @param description  the repository for messages (never a password)
     */
    public record Address(String url, Properties credentials, Path embeddedFile, String description) {
    }

    /** The repository could not be read: one line that names it and says why. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Reads reads;

    public RunStore(Reads reads) {
        this.reads = reads;
    }

    /** Answers a query of the run history, or {@code whenNone} when no run was ever recorded here. */
    public <T> T read(Function<RunHistory, T> query, T whenNone) {
        return reads.read(query, whenNone);
    }

    /** A store that opens, for each read, one plain JDBC connection to the address. */
    public static RunStore overConnection(Address address) {
        return new RunStore(new Reads() {
            @Override
            public <T> T read(Function<RunHistory, T> query, T whenNone) {
                if (address.embeddedFile() != null && !Files.exists(address.embeddedFile())) {
                    return whenNone;
                }
                try (Connection connection = JdbcDrivers.connect(address.url(), address.credentials())) {
                    connection.setReadOnly(true);
                    return query.apply(new RunHistory(repository(connection)));
                } catch (SQLException | DataAccessException e) {
                    throw new Unavailable("job repository " + address.description() + " is unreachable: "
                            + rootMessage(e), e);
                }
            }
        });
    }

    private static JobRepository repository(Connection connection) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        // The contexts are JSON, as the job writes them (SchemaBuildJobConfiguration).
        factory.setSerializer(new JacksonExecutionContextStringSerializer());
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a job repository over the connection: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
