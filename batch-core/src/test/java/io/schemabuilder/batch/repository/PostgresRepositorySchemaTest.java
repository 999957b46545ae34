package io.schemabuilder.batch.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.testsupport.RealServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL repository is created in one transaction under an advisory lock: creators that start at the same
 * moment (hosts sharing one repository) all succeed, and the tables exist once; a half-made one without runs (an
 * older version's creation, killed) is made afresh.
 */
class PostgresRepositorySchemaTest {
    private static final int CREATORS = 4;

    private String schema;

    @BeforeEach
    void name() {
        schema = RealServices.uniqueName("creation_repo");
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection c = RealServices.postgres()) {
            RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void creatorsStartingAtTheSameMomentAllSucceedAndCreateItOnce() throws Exception {
        RealServices.postgres().close();
        ExecutorService pool = Executors.newFixedThreadPool(CREATORS);
        try {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < CREATORS; i++) {
                connections.add(connect());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> creators = new ArrayList<>();
            for (Connection c : connections) {
                creators.add(pool.submit(() -> {
                    go.await();
                    try (c) {
                        JobRepositorySchema.ensure(c);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> creator : creators) {
                creator.get(60, TimeUnit.SECONDS); // none failed ("already exists", a duplicate schema, ...)
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = connect()) {
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(JobRepositorySchemaTest.withStaging(BatchSchemaScript.of("postgresql")));
        }
    }

    @Test
    void aHalfMadeRepositoryWithoutRunsIsMadeAfresh() throws Exception {
        BatchSchemaScript script = BatchSchemaScript.of("postgresql");
        try (Connection c = connect()) {
            RealServices.execute(c, "CREATE SCHEMA " + schema);
            JobRepositorySchemaTest.execute(c, script.creates().subList(0, 5));
            JobRepositorySchema.ensure(c);
            assertThat(objects(c)).containsExactlyInAnyOrderElementsOf(JobRepositorySchemaTest.withStaging(script));
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(RealServices.POSTGRES_URL + "?currentSchema=" + schema,
                RealServices.POSTGRES_USER, "");
    }

    private List<String> objects(Connection c) throws Exception {
        return JobRepositorySchemaTest.query(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + schema + "' UNION ALL SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = '"
                + schema + "'");
    }
}
