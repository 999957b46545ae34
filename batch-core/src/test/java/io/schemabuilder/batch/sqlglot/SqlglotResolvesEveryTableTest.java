package io.schemabuilder.batch.sqlglot;

import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.config.ExcelSourceConfig;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.testsupport.RealServices;
import io.schemabuilder.testsupport.SqlScript;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * schema.json as sqlglot users load it, {@code MappingSchema(s["sqlglot_schema"], dialect=..., normalize=...)} from
 * the file's metadata: on every engine of the conformance suite and on CSV and Excel sources, each with the
 * conformance catalog and names that differ only in case or must be quoted (dots, spaces, quotes, unicode, keywords,
 * a schema with a dot), every table's {@code SELECT *} resolves in real sqlglot to its own columns with their types.
 * sqlglot's answers are golden files ({@link SqlglotGolden}); this test writes each source's schema.json as the job
 * does and checks that it is the file those answers were computed from, and that they say so.
 */
class SqlglotResolvesEveryTableTest {
    /** Unique schema and database names of the server engines, replaced by this in the golden files. */
    private static final String STABLE_NAME = "sqlglot_test";

    @TempDir
    Path dir;

    @Test
    void postgresTablesResolveWithTheirColumnsAndTypes() throws Exception {
        String schema = RealServices.uniqueName("sb_sqlglot");
        try (Connection c = RealServices.postgres()) {
            try {
                createCatalog(c, "postgres", schema);
                JdbcSourceConfig source = withFilter(JdbcSourceConfig.ofUrl("pg", "postgresql", null,
                        RealServices.POSTGRES_URL + "?user=" + RealServices.POSTGRES_USER), schemas(schema + "*"));

                SqlglotGolden.assertResolves("postgres", SchemaFiles.of(source).replace(schema, STABLE_NAME));
            } finally {
                RealServices.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                        "DROP SCHEMA IF EXISTS \"" + schema + ".Odd\" CASCADE");
            }
        }
    }

    @Test
    void mariadbTablesResolveWithTheirColumnsAndTypes() throws Exception {
        String database = RealServices.uniqueName("sb_sqlglot");
        try (Connection c = RealServices.mariadb()) {
            try {
                createCatalog(c, "mariadb", database);
                JdbcSourceConfig source = withFilter(JdbcSourceConfig.ofUrl("my", "mariadb", null,
                        RealServices.MARIADB_URL + "?user=" + RealServices.MARIADB_USER), schemas(database));

                SqlglotGolden.assertResolves("mariadb", SchemaFiles.of(source).replace(database, STABLE_NAME));
            } finally {
                RealServices.execute(c, "DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sqlite, lite, main, names.db", "duckdb, duck, sb, names.duckdb"})
    void sqliteAndDuckdbTablesResolveWithTheirColumnsAndTypes(String engine, String source, String schema, String file)
            throws Exception {
        String url = "jdbc:" + engine + ":" + dir.resolve(file);
        try (Connection c = DriverManager.getConnection(url)) {
            createCatalog(c, engine, schema);
        }

        SqlglotGolden.assertResolves(engine, SchemaFiles.of(JdbcSourceConfig.ofUrl(source, engine, null, url)));
    }

    @Test
    void h2TablesResolveWithTheirColumnsAndTypes() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("names");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            createCatalog(c, "h2", "sb");
        }
        JdbcSourceConfig h2 = JdbcSourceConfig.ofUrl("h2db", "h2", null, url);

        SqlglotGolden.assertResolves("h2", SchemaFiles.of(new JdbcSourceConfig(h2.name(), h2.type(), null, url,
                null, null, null, "sa", null, schemas("sb*"), h2.connectTimeout(), h2.queryTimeout(),
                h2.partitionThreshold(), h2.properties(), null, null, null)));
    }

    @Test
    void csvTablesResolveWithTheirColumnsAndTypes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        write(folder.resolve("orders.csv"), "id,amount,day,at,paid,note\n1,10.50,2024-01-02,2024-01-02 10:00:00,true,"
                + "hello\n2,3.25,2024-02-03,2024-02-03 11:30:00,false,\n");
        write(folder.resolve("odd.name.csv"), "a b,odd.name,\"has \"\"quote\"\"\",ünï,日本,from\n1,x,y,z,w,2\n");
        write(folder.resolve("with space.csv"), "x\n1\n");
        write(folder.resolve("日本.csv"), "x\n1\n");
        write(folder.resolve("MixedCase.csv"), "Id,id,ID,Ü,ü\n1,2,3,4,5\n");

        SqlglotGolden.assertResolves("csv", SchemaFiles.of(CsvSourceConfig.detected("files", folder)));
    }

    @Test
    void excelTablesResolveWithTheirColumnsAndTypes() throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet orders = sheet(book, "Orders", "id", "amount", "day", "paid", "note");
            Row row = orders.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue(10.5);
            row.createCell(2).setCellValue(LocalDate.of(2024, 1, 2));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue("hello");
            sheet(book, "odd.name", "a b", "odd.name", "has \"quote\"", "ünï", "日本").createRow(1).createCell(0)
                    .setCellValue(1);
            sheet(book, "with space", "x").createRow(1).createCell(0).setCellValue(1);
            sheet(book, "日本", "x").createRow(1).createCell(0).setCellValue(1);
            sheet(book, "MixedCase", "Id", "id", "Ü", "ü").createRow(1).createCell(0).setCellValue(1);
            book.write(out);
        }

        SqlglotGolden.assertResolves("excel", SchemaFiles.of(new ExcelSourceConfig("book", "excel", file, false,
                List.of(), 1, CsvSourceConfig.DEFAULT_SAMPLE_ROWS, 2000)));
    }

    /** The engine's conformance catalog, and beside it the names that try sqlglot (sqlglot/names/ENGINE.sql). */
    private static void createCatalog(Connection c, String engine, String schema) throws SQLException {
        SqlScript.run(c, "/catalogs/" + engine + ".sql", schema);
        SqlScript.run(c, "/sqlglot/names/" + engine + ".sql", schema);
    }

    private static Sheet sheet(XSSFWorkbook book, String name, String... header) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            row.createCell(i).setCellValue(header[i]);
        }
        return sheet;
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static TableFilter schemas(String glob) {
        return new TableFilter(null, List.of(glob), List.of(), List.of(), List.of(), List.of());
    }

    private static JdbcSourceConfig withFilter(JdbcSourceConfig c, TableFilter filter) {
        return new JdbcSourceConfig(c.name(), c.type(), c.dialect(), c.url(), c.host(), c.port(), c.database(),
                c.username(), c.password(), filter, c.connectTimeout(), c.queryTimeout(), c.partitionThreshold(),
                c.properties(), c.account(), c.warehouse(), c.role());
    }
}
