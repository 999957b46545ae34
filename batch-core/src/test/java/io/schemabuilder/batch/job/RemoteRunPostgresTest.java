package io.schemabuilder.batch.job;

import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link RemoteRunTest} with the manager and the worker sharing the real PostgreSQL repository, as deployed (the
 * staged rows are bytea there, and commit with the chunk in PostgreSQL's transactions).
 */
class RemoteRunPostgresTest extends RemoteRunTest {
    private final String schema = RealServices.uniqueName("remote_repo");

    @Override
    protected String sharedRepositoryUrl() {
        RealServices.postgres(); // skips (or fails when required) without PostgreSQL
        return RealServices.POSTGRES_URL + "?currentSchema=" + schema + "&user=" + RealServices.POSTGRES_USER;
    }

    @Override
    protected String tablesQuery() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
    }

    @AfterAll
    void dropSchema() throws Exception {
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
