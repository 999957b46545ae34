package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.source.config.ConfigOutline;
import io.schemabuilder.source.jdbc.JdbcDrivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What the completion script asks at a TAB, one candidate a line: {@code __complete sources} (the config's source
 * names) and {@code __complete runs COMMAND} (the run ids that COMMAND can take, newest first). Fast: no Spring
 * context, a lenient read of the config, one query of the job repository. Quiet: any problem prints nothing, since
 * the output lands on the user's command line.
 */
@Command(name = "__complete", hidden = true, description = "Completion candidates for the completion script.")
public class CompletionCandidatesCommand implements Callable<Integer> {
    private static final int MAX_RUNS = 30;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "WHAT", description = "sources or runs.")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "COMMAND", description = "For runs: show, restart, stop or abandon.")
    String command;

    @Override
    public Integer call() {
        try {
            ConfigOutline outline = options.config == null ? new ConfigOutline(List.of(), null)
                    : ConfigOutline.read(options.config);
            List<String> candidates = switch (what) {
                case "sources" -> outline.sourceNames();
                case "runs" -> runs(outline);
                default -> List.of();
            };
            candidates.forEach(System.out::println);
        } catch (Exception e) {
            // A TAB must never print an error into the command line being typed.
        }
        return ExitCodes.OK;
    }

    private List<String> runs(ConfigOutline outline) throws Exception {
        Path outputDir = options.outputDir != null ? options.outputDir
                : outline.outputDir() != null ? outline.outputDir() : Path.of("out");
        BatchApplication.Settings settings = options.settings(new RunLayout(outputDir), 1, 1);
        if (settings.repositoryUrl() == null
                && !Files.exists(settings.layout().stateDir().resolve("repository.mv.db"))) {
            return List.of();
        }
        if (settings.repositoryUrl() == null) {
            // Through the run's server while a run is going (the file is the run's), else the file read-only; a TAB
            // waits at most two seconds for a run that is starting or ending.
            return new RepositoryClient(settings, java.time.Duration.ofSeconds(2))
                    .request(false, session -> ids(session.connection()), List.of());
        }
        Map<String, Object> dataSource = Repositories.dataSourceProperties(settings);
        String url = String.valueOf(dataSource.get("spring.datasource.url"));
        Properties properties = new Properties();
        if (dataSource.get("spring.datasource.username") != null) {
            properties.setProperty("user", String.valueOf(dataSource.get("spring.datasource.username")));
        }
        if (dataSource.get("spring.datasource.password") != null) {
            properties.setProperty("password", String.valueOf(dataSource.get("spring.datasource.password")));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", "3");
            properties.setProperty("socketTimeout", "5");
        }
        try (Connection connection = JdbcDrivers.connect(url, properties)) {
            return ids(connection);
        }
    }

    private List<String> ids(Connection connection) throws java.sql.SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION"
                     + statuses() + " ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST " + MAX_RUNS + " ROWS ONLY");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(Long.toString(rows.getLong(1)));
            }
        }
        return ids;
    }

    /** The runs each command can act on: stop a running one, restart or abandon a failed or stopped one. */
    private String statuses() {
        return switch (command == null ? "show" : command) {
            case "stop" -> " WHERE STATUS IN ('STARTING', 'STARTED')";
            case "restart" -> " WHERE STATUS IN ('FAILED', 'STOPPED') AND JOB_EXECUTION_ID IN"
                    // only the last execution of its instance: an earlier one was restarted already
                    + " (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION GROUP BY JOB_INSTANCE_ID)";
            case "abandon" -> " WHERE STATUS IN ('FAILED', 'STOPPED')";
            default -> "";
        };
    }
}
