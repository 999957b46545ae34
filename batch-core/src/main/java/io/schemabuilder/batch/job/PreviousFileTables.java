package io.schemabuilder.batch.job;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.SourceFile;
import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.TableKind;
import io.schemabuilder.source.TableMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of a source's previous schema.json that were read from files ({@code metadata.files}), as the adapter
 * gave them: what a file source may reuse when a file is unchanged. Only file sources record files, and their
 * schema files are small (a table per file), so the file is read whole. A missing or unreadable file gives none.
 */
final class PreviousFileTables {
    private static final Logger log = LoggerFactory.getLogger(PreviousFileTables.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PreviousFileTables() {
    }

    static Map<TableKey, TableMetadata> load(Path schemaFile) {
        if (!Files.isRegularFile(schemaFile)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(schemaFile.toFile());
            JsonNode files = root.path("metadata").path("files");
            if (!files.isObject()) {
                return Map.of();
            }
            Map<TableKey, TableMetadata> tables = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : files.properties()) {
                JsonNode table = root.path("tables").get(entry.getKey());
                if (table == null) {
                    continue;
                }
                JsonNode f = entry.getValue();
                SourceFile file = new SourceFile(f.path("path").asString(), f.path("size").asLong(),
                        f.path("modified").asString(), f.path("sha256").asString());
                TableKey key = TableKey.parseQualified(entry.getKey());
                tables.put(key, new TableMetadata(key, table.has("kind")
                        ? TableKind.fromJsonName(table.get("kind").asString()) : TableKind.FILE,
                        text(table, "comment"), columns(table.path("columns")), strings(table.path("primary_key")), file));
            }
            return tables;
        } catch (RuntimeException e) {
            log.warn("previous schema file {} is not readable ({}); every file is read again", schemaFile, e.getMessage());
            return Map.of();
        }
    }

    private static List<ColumnMetadata> columns(JsonNode columns) {
        List<ColumnMetadata> result = new ArrayList<>();
        int ordinal = 1;
        for (Map.Entry<String, JsonNode> column : columns.properties()) {
            JsonNode c = column.getValue();
            result.add(new ColumnMetadata(column.getKey(), ordinal++, c.path("type").asString(),
                    c.path("nullable").asBoolean(true), text(c, "comment")));
        }
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
