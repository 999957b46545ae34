package io.schemabuilder.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What ORM inspectors do: list the tables once, then ask {@code DatabaseMetaData.getColumns} table by table.
 * Usage: PerTableInspection JDBC_URL USER [SCHEMA_PATTERN]. Prints tables, columns and seconds.
 */
public final class PerTableInspection {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String schemaPattern = args.length > 2 ? args[2] : null;
        long start = System.nanoTime();
        long columns = 0;
        List<String[]> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getTables(null, schemaPattern, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")});
                }
            }
            for (String[] table : tables) {
                try (ResultSet rs = metaData.getColumns(table[0], table[1], table[2], "%")) {
                    while (rs.next()) {
                        rs.getString("TYPE_NAME");
                        columns++;
                    }
                }
            }
        }
        System.out.printf("per-table: %d tables, %d columns, %.2f s%n", tables.size(), columns,
                (System.nanoTime() - start) / 1e9);
    }
}
