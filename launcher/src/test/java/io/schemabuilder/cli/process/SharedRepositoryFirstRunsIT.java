package io.schemabuilder.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.cli.OneCsvSource;
import io.schemabuilder.testsupport.RealServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosts that share one PostgreSQL job repository and start their very first run at the same moment: the repository
 * is created once (one transaction under an advisory lock), and every run completes with an id of its own.
 */
class SharedRepositoryFirstRunsIT {
    private static final int HOSTS = 4;

    @TempDir
    Path dir;

    private final String schema = RealServices.uniqueName("creation_shared");

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection connection = RealServices.postgres()) {
            RealServices.execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void firstRunsStartingTogetherAgainstAFreshRepositoryAllComplete() throws Exception {
        RealServices.postgres().close();
        OneCsvSource.config(dir);
        String url = RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER + "&currentSchema=" + schema;
        Map<String, String> fast = Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1");

        List<Launcher.Running> hosts = new ArrayList<>();
        try {
            for (int host = 1; host <= HOSTS; host++) {
                hosts.add(Launcher.start(dir, fast, "run", "--config", "sources.yml", "--output-dir", "host" + host,
                        "--repository-url", url));
            }
            List<String> ids = new ArrayList<>();
            for (Launcher.Running host : hosts) {
                Launcher.Result result = host.await();
                assertThat(result.exitCode()).as(result.out()).isZero();
                ids.add(result.out().replaceAll("(?s).*\\brun (\\d+) COMPLETED.*", "$1"));
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, HOSTS).mapToObj(String::valueOf).toList());
        } finally {
            for (Launcher.Running host : hosts) {
                host.kill9();
            }
        }
    }
}
