package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunHistory;
import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.batch.repository.DamagedRepositoryException;
import io.schemabuilder.batch.repository.JobRepositorySchema;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.h2.api.ErrorCode;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The job repository for the commands that look at it or change one execution while runs may come and go beside
 * them: {@code history}, {@code show}, {@code stop}, {@code abandon}, {@code purge} (and a long-lived {@code serve}).
 * No Spring context: each request opens one connection, reads through Spring Batch's own repository classes, and
 * closes it.
 * <ul>
 *   <li>PostgreSQL: a plain connection; PostgreSQL's MVCC keeps readers and the run out of each other's way.</li>
 *   <li>H2 while a run goes: a client of the run's {@link RepositoryServer}. The reader never serves the file, so
 *       its death or exit is nothing to the run.</li>
 *   <li>H2 with no run: the file itself, read-only for reads, closed at the end of the request.</li>
 * </ul>
 * A run starting or ending under a request (the file locked by the run but not served yet, the server stopping
 * mid-query) is not an error: the request starts again, for up to {@link #PATIENCE}.
 */
final class RepositoryClient {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(150);

    /** H2's answers while a run opens, serves or closes the file: worth asking again. */
    private static final Set<Integer> H2_TRANSIENT = Set.of(ErrorCode.DATABASE_ALREADY_OPEN_1,
            ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
            ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE, ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1);

    /** One request's view of the repository, over its one connection. */
    static final class Session {
        private final SingleConnectionDataSource dataSource;
        private final DataSourceTransactionManager transactions;
        private JobRepository repository;
        private JobOperator operator;

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
            this.dataSource = new SingleConnectionDataSource(connection, true);
            this.transactions = new DataSourceTransactionManager(dataSource);
        }

        /** For a request that reads the BATCH_ tables itself (closed by the client, not by the request). */
        Connection connection() {
            return connection;
        }

        JobRepository repository() throws Exception {
            if (repository == null) {
                JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
                factory.setDataSource(dataSource);
                factory.setTransactionManager(transactions);
                factory.setSerializer(new JacksonExecutionContextStringSerializer()); // as the run writes them
                factory.afterPropertiesSet();
                repository = factory.getObject();
            }
            return repository;
        }

        RunHistory history() throws Exception {
            return new RunHistory(repository());
        }

        /** Without the job itself: stop marks the execution STOPPING, and the run ends at its next commit. */
        JobOperator operator() throws Exception {
            if (operator == null) {
                JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
                factory.setJobRepository(repository());
                factory.setTransactionManager(transactions);
                factory.setJobRegistry(new MapJobRegistry());
                factory.afterPropertiesSet();
                operator = factory.getObject();
            }
            return operator;
        }
    }

    /** What a command does with one session; it may run more than once (see the class comment). */
    interface Request<T> {
        T apply(Session session) throws Exception;
    }

    private final BatchApplication.Settings settings;
    private final Duration patience;

    RepositoryClient(BatchApplication.Settings settings) {
        this(settings, PATIENCE);
    }

    /** {@code patience}: how long a request may wait for a run that is starting or ending (see the class comment). */
    RepositoryClient(BatchApplication.Settings settings, Duration patience) {
        this.settings = settings;
        this.patience = patience;
        QuietLogs.off(); // Spring Batch's and the pool's lines would mix with the command's own (and its JSON)
    }

    BatchApplication.Settings settings() {
        return settings;
    }

    /** A read; {@code whenNone} when there is no repository yet (no run ever wrote into this output folder). */
    <T> T read(Function<RunHistory, T> query, T whenNone) {
        return request(false, session -> query.apply(session.history()), whenNone);
    }

    /** A request that may change the repository (stop, abandon, purge). */
    <T> T write(Request<T> request, T whenNone) {
        return request(true, request, whenNone);
    }

    <T> T request(boolean writes, Request<T> request, T whenNone) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try (Connection connection = connect(writes)) {
                if (connection == null) {
                    return whenNone;
                }
                return request.apply(new Session(connection));
            } catch (CommandFailure failure) {
                throw failure;
            } catch (Exception e) {
                if (!transientH2(e) || System.nanoTime() > deadline) {
                    if (incomplete(e)) {
                        return whenNone; // a first run killed while creating it: no run recorded, the next run completes it
                    }
                    RepositoryCreation.damaged(settings, e).ifPresent(damaged -> {
                        throw damaged;
                    });
                    throw new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "job repository "
                            + Repositories.describe(settings) + " is unreachable: " + Repositories.rootMessage(e), e);
                }
            }
            pause();
        }
    }

    /** Null when there is no H2 file yet. */
    private Connection connect(boolean writes) throws SQLException {
        Map<String, Object> properties = Repositories.dataSourceProperties(settings);
        Properties credentials = new Properties();
        if (properties.get("spring.datasource.username") != null) {
            credentials.setProperty("user", properties.get("spring.datasource.username").toString());
        }
        if (properties.get("spring.datasource.password") != null) {
            credentials.setProperty("password", properties.get("spring.datasource.password").toString());
        }
        if (settings.repositoryUrl() != null) {
            Connection connection = JdbcDrivers.connect(properties.get("spring.datasource.url").toString(),
                    credentials);
            connection.setReadOnly(!writes);
            return connection;
        }
        RunLayout layout = settings.layout();
        Optional<RepositoryServer.Address> served = RepositoryServer.find(layout);
        if (served.isPresent() && served.get().answers()) {
            try {
                return JdbcDrivers.connect(served.get().url(), credentials);
            } catch (SQLException gone) {
                // Left behind by a killed run, or the run is ending: the file itself, once the run has let it go.
            }
        }
        Path database = layout.stateDir().resolve("repository").toAbsolutePath();
        if (!Files.exists(database.resolveSibling("repository.mv.db"))) {
            return null;
        }
        // IFEXISTS: never create a repository; TRACE_LEVEL_FILE=0: a reader leaves no trace file behind.
        return JdbcDrivers.connect("jdbc:h2:file:" + database + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"
                + (writes ? "" : ";ACCESS_MODE_DATA=r"), credentials);
    }

    /**
     * After a failed request: true when the repository lacks some of Spring Batch's tables but holds no run; a
     * damaged one (lacking tables, holding runs) ends the command with the line a run gives for it (exit 4).
     */
    private boolean incomplete(Exception failure) {
        JobRepositorySchema.Inspection inspection;
        try (Connection connection = connect(false)) {
            if (connection == null) {
                return false;
            }
            inspection = JobRepositorySchema.inspect(connection);
        } catch (Exception e) {
            return false; // the request's own failure says more
        }
        if (inspection.complete()) {
            return false;
        }
        if (inspection.runs() > 0) {
            throw RepositoryCreation.damaged(settings,
                    new DamagedRepositoryException(inspection.missing(), inspection.runs())).orElseThrow();
        }
        return true;
    }

    private static boolean transientH2(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && H2_TRANSIENT.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "interrupted while waiting for the job repository");
        }
    }
}
