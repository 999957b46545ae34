package io.schemabuilder.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler loading the same catalog with columns (standard info level).
 * Usage: SchemaCrawlerLoad JDBC_URL USER SCHEMA_REGEX. Prints tables, columns and seconds.
 */
public final class SchemaCrawlerLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String schemas = args.length > 2 ? args[2] : ".*";
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                    .withLimitOptions(LimitOptionsBuilder.builder()
                            .includeSchemas(new RegularExpressionInclusionRule(schemas)).toOptions())
                    .withLoadOptions(LoadOptionsBuilder.builder()
                            .withSchemaInfoLevel(SchemaInfoLevelBuilder.standard()).toOptions());
            Catalog catalog = SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(connection), options);
            long tables = 0;
            long columns = 0;
            for (Table table : catalog.getTables()) {
                tables++;
                columns += table.getColumns().size();
            }
            System.out.printf("schemacrawler: %d tables, %d columns, %.2f s%n", tables, columns,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
