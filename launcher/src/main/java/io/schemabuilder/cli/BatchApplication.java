package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunConsole;
import io.schemabuilder.batch.job.RunLayout;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.schemabuilder.batch.job.SchemaBuildJobConfiguration;
import io.schemabuilder.batch.repository.H2RepositoryFile;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.io.IOException;
import java.sql.SQLException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The Spring context of the commands that need the job or its repository (run, restart, history, show, ...).
 * Commands that need neither ({@code --version}, {@code types}) never start it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SchemaBuildJobConfiguration.class)
public class BatchApplication {

    /** What a context is started with. */
    public record Settings(RunLayout layout, String repositoryUrl, int parallel, int chunkSize, boolean debug,
                           int keepVersions) {
    }

    /**
     * The job repository's pool, made here rather than by Boot's auto-configuration: its connections come from the
     * driver the URL names ({@link JdbcDrivers}), without DriverManager initialising every driver in the jar first.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource jobRepositoryDataSource(Environment environment) {
        Properties credentials = new Properties();
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        String url = environment.getRequiredProperty("spring.datasource.url");
        try {
            H2RepositoryFile.ensureExists(url, credentials); // whole or not at all, even if killed meanwhile
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot create it: " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("job-repository");
        config.setDataSource(JdbcDrivers.dataSource(environment.getRequiredProperty("spring.datasource.url"),
                credentials));
        config.setMaximumPoolSize(environment.getRequiredProperty("schema-builder.parallel", Integer.class) + 4);
        config.setRegisterMbeans(false);
        if (environment.getRequiredProperty("spring.datasource.url").startsWith("jdbc:h2:")) {
            // A command reading the file between two runs holds it for one request: the run tries again each
            // second until it is free (Hikari's start-up retry) rather than failing.
            config.setInitializationFailTimeout(RepositoryClient.PATIENCE.toMillis());
        }
        return new HikariDataSource(config);
    }

    /**
     * Spring AOT's build-time entry (the launcher's {@code process-aot}): the context every command starts, so that
     * {@code -Dspring.aot.enabled=true} (the {@code schema-builder} script) skips parsing the configuration classes
     * and evaluating their conditions at each start. Only the values of properties differ between commands, and no
     * condition reads them.
     */
    public static void main(String[] args) {
        start(new Settings(new RunLayout(java.nio.file.Path.of(args.length > 0 ? args[0] : "target/aot-run")), null, 4,
                500, false, 0));
    }

    public static ConfigurableApplicationContext start(Settings settings) {
        return start(settings, null);
    }

    /** With {@code console} (not null) as where the job's lines go, instead of standard output. */
    static ConfigurableApplicationContext start(Settings settings, RunConsole console) {
        return start(settings, console, BatchApplication.class, Map.of());
    }

    /**
     * From {@code application}'s configuration (the remote roles: {@link RemoteApplication}), with {@code extra}
     * properties over those of the settings.
     */
    static ConfigurableApplicationContext start(Settings settings, RunConsole console, Class<?> application,
                                                Map<String, Object> extra) {
        try {
            Files.createDirectories(settings.layout().stateDir().resolve("logs"));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot create " + settings.layout().stateDir() + ": "
                    + e.getMessage(), e);
        }
        try {
            Map<String, Object> properties = properties(settings);
            properties.putAll(extra);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .main(BatchApplication.class) // the AOT initializer is named after it
                    .web(WebApplicationType.NONE)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(properties)
                    .initializers(starting -> {
                        if (console != null) {
                            starting.getBeanFactory().registerSingleton("runConsole", console);
                        }
                    })
                    .run();
            if (!settings.debug()) {
                QuietLogs.noLogFileErrorsOnConsole();
            }
            return context;
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // Spring AOT's processing ends the start here on purpose
        } catch (RuntimeException e) {
            RepositoryCreation.damaged(settings, e).ifPresent(damaged -> {
                throw damaged;
            });
            throw new CommandFailure(ExitCodes.REPOSITORY_UNREACHABLE, "job repository "
                    + Repositories.describe(settings) + " is unreachable: " + Repositories.rootMessage(e), e);
        }
    }

    static Map<String, Object> properties(Settings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.putAll(Repositories.dataSourceProperties(settings));
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.batch.jdbc.initialize-schema", "never");
        // Hosts sharing a PostgreSQL repository start runs at the same moment: under Batch's default (SERIALIZABLE)
        // one of them failed "could not serialize access"; the unique job key still forbids a duplicate instance.
        properties.put("spring.batch.jdbc.isolation-level-for-create", "read-committed");
        properties.put("schema-builder.parallel", String.valueOf(settings.parallel()));
        properties.put("schema-builder.chunk-size", String.valueOf(settings.chunkSize()));
        properties.put("schema-builder.keep-versions", String.valueOf(settings.keepVersions()));
        // The console shows the run's own lines; the full log, stack traces included, goes to the file.
        properties.put("logging.file.name", settings.layout().stateDir().resolve("logs/schema-builder.log").toString());
        properties.put("logging.threshold.console", settings.debug() ? "INFO" : "OFF");
        properties.put("logging.level.root", "INFO");
        properties.put("logging.level.com.zaxxer.hikari", "WARN");
        properties.put("spring.main.register-shutdown-hook", "false");
        return properties;
    }
}
