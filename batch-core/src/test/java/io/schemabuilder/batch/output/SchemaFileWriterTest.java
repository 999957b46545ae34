package io.schemabuilder.batch.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFileWriterTest {

    @Test
    void renderedTablesMakeTheSameFileAsWritingEachValueInPlace() throws Exception {
        StagedTable orders = new StagedTable("public", "orders", "table", "the \"orders\"\nof a day", List.of("id"),
                List.of(new StagedTable.StagedColumn("id", "integer", false, "DataType.Type.INT", "INT", null),
                        new StagedTable.StagedColumn("tags", "text[]", true, "DataType.Type.ARRAY", "ARRAY<TEXT>",
                                "free text")), null);
        StagedTable empty = new StagedTable("public", "nothing", "view", null, List.of(), List.of(), null);
        StagedTable sales = new StagedTable("files", "sales", "file", null, List.of(),
                List.of(new StagedTable.StagedColumn("day", "DATE", true, "DataType.Type.DATE", "DATE", null)),
                new SourceFile("data/sales.csv", 42, "2026-11-25T10:00:00Z", "ab12"));

        String text = write(List.of(sales, empty, orders));

        assertThat(text).isEqualTo("""
                {
                  "source_name": "demo",
                  "source_type": "csv",
                  "generated_at": "2026-11-25T10:00:00Z",
                  "tables": {
                    "files.sales": {
                      "columns": {
                        "day": {
                          "type": "DATE",
                          "nullable": true,
                          "sqlglot_type": "DataType.Type.DATE"
                        }
                      }
                    },
                    "public.nothing": {
                      "kind": "view",
                      "columns": {}
                    },
                    "public.orders": {
                      "comment": "the \\"orders\\"\\nof a day",
                      "primary_key": [
                        "id"
                      ],
                      "columns": {
                        "id": {
                          "type": "integer",
                          "nullable": false,
                          "sqlglot_type": "DataType.Type.INT"
                        },
                        "tags": {
                          "type": "text[]",
                          "nullable": true,
                          "sqlglot_type": "DataType.Type.ARRAY",
                          "comment": "free text"
                        }
                      }
                    }
                  },
                  "sqlglot_schema": {
                    "files": {
                      "sales": {
                        "day": "DATE"
                      }
                    },
                    "public": {
                      "nothing": {},
                      "orders": {
                        "id": "INT",
                        "tags": "ARRAY<TEXT>"
                      }
                    }
                  },
                  "metadata": {
                    "total_tables": 3,
                    "total_columns": 3,
                    "schemas": [
                      "files",
                      "public"
                    ],
                    "dialect": "duckdb",
                    "normalize": true,
                    "files": {
                      "files.sales": {
                        "path": "data/sales.csv",
                        "size": 42,
                        "modified": "2026-11-25T10:00:00Z",
                        "sha256": "ab12"
                      }
                    }
                  }
                }
                """);
    }

    private static String write(List<StagedTable> tables) throws Exception {
        List<RenderedTable> rendered = tables.stream().map(SchemaFileWriter::render).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemaFileWriter.write(out, new SchemaHeader("demo", "csv", "duckdb", true, Instant.parse("2026-11-25T10:00:00Z")),
                () -> rendered);
        return out.toString(StandardCharsets.UTF_8);
    }
}
