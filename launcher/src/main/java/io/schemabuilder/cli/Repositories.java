package io.schemabuilder.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the job repository lives: an embedded H2 file in the output folder by default, or the database that
 * {@code --repository-url} (or {@code SCHEMA_BUILDER_REPOSITORY_URL}) names, where the tables go in their own schema
 * {@code schema_builder}. Credentials for it come from {@code SCHEMA_BUILDER_REPOSITORY_USER} and
 * {@code SCHEMA_BUILDER_REPOSITORY_PASSWORD} (or the URL), never from a command-line option.
 */
final class Repositories {
    static final String SCHEMA = io.schemabuilder.batch.repository.JobRepositorySchema.POSTGRES_SCHEMA;

    private Repositories() {
    }

    static Map<String, Object> dataSourceProperties(BatchApplication.Settings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (settings.repositoryUrl() == null) {
            // WRITE_DELAY=0: each chunk's commit is on disk when the chunk ends (H2 otherwise writes up to 500 ms
            // later, and a kill -9 in that window would send a restart back to an earlier chunk). No AUTO_SERVER:
            // the run serves the file itself (RepositoryServer), so no other process ever becomes its server.
            properties.put("spring.datasource.url", "jdbc:h2:file:" + settings.layout().stateDir().resolve("repository")
                    + ";WRITE_DELAY=0");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
            return properties;
        }
        String url = settings.repositoryUrl();
        if (url.startsWith("jdbc:postgresql:") && !url.contains("currentSchema=")) {
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        }
        properties.put("spring.datasource.url", url);
        String user = System.getenv("SCHEMA_BUILDER_REPOSITORY_USER");
        if (user != null) {
            properties.put("spring.datasource.username", user);
        } else if (url.startsWith("jdbc:postgresql:") && !url.contains("user=")) {
            properties.put("spring.datasource.username", "postgres");
        }
        String password = System.getenv("SCHEMA_BUILDER_REPOSITORY_PASSWORD");
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
        return properties;
    }

    /** The repository for messages: the URL without its query (which may hold a password). */
    static String describe(BatchApplication.Settings settings) {
        if (settings.repositoryUrl() == null) {
            return settings.layout().stateDir().resolve("repository.mv.db").toString();
        }
        String url = settings.repositoryUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
