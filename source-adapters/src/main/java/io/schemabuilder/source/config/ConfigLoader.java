package io.schemabuilder.source.config;

import io.schemabuilder.types.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads and validates a sources.yml file. Every problem is collected, one line each naming the file, the source
 * and the field, and reported together in a {@link ConfigException}: nothing runs on an invalid config.
 * Relative paths (output_dir, database files, csv and excel paths) are resolved against the file's folder, so a
 * config works from any working directory (cron).
 */
public final class ConfigLoader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final List<String> TOP_LEVEL = List.of("output_dir", "sources");

    private final EnvironmentReferences environment;

    public ConfigLoader(Function<String, String> environment) {
        this(new EnvironmentReferences(environment));
    }

    private ConfigLoader(EnvironmentReferences environment) {
        this.environment = environment;
    }

    /**
     * A loader that leaves {@code ${VAR}} references as written and does not check the typed fields holding one:
     * for a remote run's manager, which never reads a source and must run without the sources' secrets.
     */
    public static ConfigLoader withReferencesUnresolved() {
        return new ConfigLoader(EnvironmentReferences.unresolved());
    }

    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    public SchemaBuilderConfig load(Path path) throws ConfigException {
        Path file = path.toAbsolutePath().normalize();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(path + ": cannot read the config file: " + describe(e)));
        }
        Object document = parseYaml(path, bytes);
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String prefix = path + ": ";
        if (!(document instanceof Map<?, ?> top)) {
            throw new ConfigException(List.of(prefix + "must be a mapping with a 'sources:' list"));
        }
        Path base = file.getParent();
        MessageDigest digest = sha256();
        String outputDir = null;
        List<SourceConfig> sources;
        if (VisivoProject.isProject(file, top)) {
            List<VisivoIncludes.ProjectFile> files = VisivoIncludes.follow(
                    new VisivoIncludes.ProjectFile(file, path.toString(), top, bytes), ConfigLoader::parseYaml,
                    problems, warnings);
            files.forEach(f -> digest.update(f.bytes()));
            List<SourceEntry> entries = VisivoProject.sources(files, problems);
            if (entries.isEmpty() && problems.isEmpty()) {
                problems.add(prefix + "field 'sources': is required (a list of sources, here or in an included file)");
            }
            sources = readSources(entries, problems);
        } else {
            digest.update(bytes);
            Fields fields = new Fields(top, prefix, problems, environment);
            outputDir = fields.string("output_dir");
            sources = readSources(sourceEntries(top.get("sources"), path.toString(), base, problems), problems);
            fields.accept(TOP_LEVEL.toArray(String[]::new));
            fields.rejectUnknown();
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new SchemaBuilderConfig(file, HexFormat.of().formatHex(digest.digest()),
                outputDir == null ? null : base.resolve(outputDir).normalize(), sources, warnings);
    }

    private static List<SourceEntry> sourceEntries(Object value, String file, Path base, List<String> problems) {
        if (value == null) {
            problems.add(file + ": field 'sources': is required (a list of sources)");
            return List.of();
        }
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
            problems.add(file + ": field 'sources': must be a non-empty list of sources");
            return List.of();
        }
        List<SourceEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(new SourceEntry(entries.get(i), i + 1, file, base));
        }
        return result;
    }

    private List<SourceConfig> readSources(List<SourceEntry> entries, List<String> problems) {
        List<SourceConfig> sources = new ArrayList<>();
        Map<String, String> definedIn = new HashMap<>();
        for (SourceEntry sourceEntry : entries) {
            String prefix = sourceEntry.file() + ": ";
            Path base = sourceEntry.base();
            if (!(sourceEntry.entry() instanceof Map<?, ?> entry)) {
                problems.add(prefix + "source #" + sourceEntry.number() + ": must be a mapping with name and type");
                continue;
            }
            Object rawName = entry.get("name");
            String label = rawName == null ? "source #" + sourceEntry.number() : "source '" + rawName + "'";
            Fields fields = new Fields(entry, prefix + label + ": ", problems, environment);
            int before = problems.size();
            String name = fields.requiredString("name");
            if (name != null && !NAME.matcher(name).matches()) {
                fields.problem("name", "must match [A-Za-z0-9_-]+, got '" + name + "'");
            } else if (name != null && definedIn.containsKey(name)) {
                String first = definedIn.get(name);
                fields.problem("name", "duplicate source name '" + name + "'"
                        + (first.equals(sourceEntry.file()) ? "" : " (also defined in " + first + ")"));
            } else if (name != null) {
                definedIn.put(name, sourceEntry.file());
            }
            String typeName = fields.requiredString("type");
            SourceType type = null;
            if (typeName != null) {
                type = SourceType.byConfigName(typeName.trim().toLowerCase(java.util.Locale.ROOT)).orElse(null);
                if (type == null) {
                    fields.problem("type", "unknown source type '" + typeName + "' (one of " + SourceType.configNames() + ")");
                }
            }
            Integer threshold = fields.integer("partition_threshold", 1, Integer.MAX_VALUE);
            String zone = fields.string("zone");
            if (zone != null && !NAME.matcher(zone).matches()) {
                fields.problem("zone", "must match [A-Za-z0-9_-]+, got '" + zone + "'");
            }
            if (type == null) {
                continue;
            }
            int partitionThreshold = orDefault(threshold, switch (type.kind()) {
                case SERVER, EMBEDDED, GENERIC_JDBC -> SourceConfig.DEFAULT_TABLES_PER_PARTITION;
                case CSV, EXCEL -> SourceConfig.DEFAULT_FILES_PER_PARTITION;
            });
            SourceConfig source = switch (type.kind()) {
                case SERVER, EMBEDDED, GENERIC_JDBC -> readJdbc(fields, name, type, partitionThreshold, base, zone);
                case CSV -> readCsv(fields, name, type, partitionThreshold, base, zone);
                case EXCEL -> readExcel(fields, name, type, partitionThreshold, base, zone);
            };
            fields.rejectUnknown();
            if (problems.size() == before) {
                sources.add(source);
            }
        }
        return sources;
    }

    private JdbcSourceConfig readJdbc(Fields f, String name, SourceType type, int partitionThreshold, Path base,
                                      String zone) {
        String url = f.string("url");
        String host = null;
        Integer port = null;
        String database;
        Dialect dialect = type.dialect();
        String account = null;
        String warehouse = null;
        String role = null;
        switch (type.kind()) {
            case SERVER -> {
                host = f.string("host");
                port = f.integer("port", 1, 65535);
                database = f.string("database");
                if (type == SourceType.SNOWFLAKE) {
                    account = f.string("account");
                    warehouse = f.string("warehouse");
                    role = f.string("role");
                    if (url == null && host == null && account == null) {
                        f.problem("account", "is required (or host, or url)");
                    }
                } else if (url == null && host == null) {
                    f.problem("host", "is required (or url)");
                }
            }
            case EMBEDDED -> {
                database = f.string("database");
                if (url == null && database == null) {
                    f.problem("database", "is required: the database file's path (or url)");
                } else if (database != null && !database.equals(":memory:")) {
                    database = base.resolve(database).normalize().toString();
                }
            }
            default -> {
                database = null;
                if (url == null) {
                    f.problem("url", "is required for type jdbc");
                }
                String dialectName = f.string("dialect");
                if (dialectName != null && !f.unresolved(dialectName)) {
                    dialect = Dialect.byName(dialectName).orElse(null);
                    if (dialect == null) {
                        f.problem("dialect", "unknown dialect '" + dialectName + "' (one of " + Dialect.acceptedNames() + ")");
                    }
                }
            }
        }
        if (url != null && !url.startsWith("jdbc:")) {
            f.problem("url", "must be a JDBC URL starting with jdbc:");
        }
        String username = f.string("username");
        Secret password = f.secret("password");
        TableFilter filter = readFilter(f);
        var connectTimeout = f.duration("connect_timeout");
        var queryTimeout = f.duration("query_timeout");
        Map<String, String> properties = f.stringMap("properties");
        return new JdbcSourceConfig(name, type.configName(), dialect, url, host, port, database, username, password,
                filter, connectTimeout == null ? JdbcSourceConfig.DEFAULT_CONNECT_TIMEOUT : connectTimeout,
                queryTimeout == null ? JdbcSourceConfig.DEFAULT_QUERY_TIMEOUT : queryTimeout, partitionThreshold,
                properties, account, warehouse, role, zone);
    }

    private TableFilter readFilter(Fields f) {
        String dbSchema = f.string("db_schema");
        List<String> tableNames = f.strings("table_names");
        IncludeExclude schemas = includeExclude(f, "schemas");
        IncludeExclude tables = includeExclude(f, "tables");
        return new TableFilter(dbSchema, schemas.include, schemas.exclude, tableNames, tables.include, tables.exclude);
    }

    private record IncludeExclude(List<String> include, List<String> exclude) {
    }

    private IncludeExclude includeExclude(Fields f, String key) {
        Fields nested = f.nested(key);
        if (nested == null) {
            return new IncludeExclude(List.of(), List.of());
        }
        IncludeExclude result = new IncludeExclude(nested.strings("include"), nested.strings("exclude"));
        nested.rejectUnknown();
        return result;
    }

    private CsvSourceConfig readCsv(Fields f, String name, SourceType type, int partitionThreshold, Path base,
                                    String zone) {
        FileLocation location = fileLocation(f, base);
        Long sampleRows = sampleRows(f);
        return new CsvSourceConfig(name, type.configName(), location.path, location.singleFile, f.string("delimiter"),
                f.character("quote"), f.character("escape"), f.string("encoding"), f.bool("has_header"),
                f.has("null_values") ? f.strings("null_values") : null, f.string("date_format"),
                f.string("timestamp_format"), sampleRows == null ? CsvSourceConfig.DEFAULT_SAMPLE_ROWS : sampleRows,
                partitionThreshold, orDefault(f.integer("max_columns", 1, CsvSourceConfig.MAX_MAX_COLUMNS),
                        CsvSourceConfig.DEFAULT_MAX_COLUMNS), zone);
    }

    private ExcelSourceConfig readExcel(Fields f, String name, SourceType type, int partitionThreshold, Path base,
                                        String zone) {
        FileLocation location = fileLocation(f, base);
        Long sampleRows = sampleRows(f);
        return new ExcelSourceConfig(name, type.configName(), location.path, location.singleFile, f.strings("sheets"),
                orDefault(f.integer("header_row", 1, 1_048_576), 1),
                sampleRows == null ? CsvSourceConfig.ALL_ROWS : sampleRows, partitionThreshold, zone);
    }

    private record FileLocation(Path path, boolean singleFile) {
    }

    /** {@code path:} (file, folder or glob) or Visivo's {@code file:} (one file). */
    private FileLocation fileLocation(Fields f, Path base) {
        String path = f.string("path");
        String file = f.string("file");
        if (path != null && file != null) {
            f.problem("file", "give either path or file, not both");
        }
        if (path == null && file == null) {
            f.problem("path", "is required (a file, a folder or a glob; or Visivo's file:)");
            return new FileLocation(null, false);
        }
        String text = path != null ? path : file;
        return new FileLocation(resolveKeepingGlob(base, text), path == null);
    }

    /** Resolves against the config's folder; a glob's pattern characters are kept as they are. */
    private static Path resolveKeepingGlob(Path base, String text) {
        return base.resolve(text.replace('\\', '/')).normalize();
    }

    /** A positive whole number, or {@code all}. */
    private Long sampleRows(Fields f) {
        String text = f.string("sample_rows");
        if (text == null || f.unresolved(text)) {
            return null;
        }
        if (text.trim().equalsIgnoreCase("all")) {
            return CsvSourceConfig.ALL_ROWS;
        }
        try {
            long rows = Long.parseLong(text.trim());
            if (rows > 0) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        f.problem("sample_rows", "must be a positive whole number or 'all', got '" + text + "'");
        return null;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    static Object parseYaml(Object path, byte[] bytes) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(new SafeConstructor(options)).load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new ConfigException(List.of(path + ": not valid YAML" + where + ": " + e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigException(List.of(path + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
