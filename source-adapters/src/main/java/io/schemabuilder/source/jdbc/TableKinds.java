package io.schemabuilder.source.jdbc;

import io.schemabuilder.source.TableKind;
import java.util.Locale;

/** What the catalogs call their kinds of table, in one place (pg relkind letters, TABLE_TYPE, sys.objects types). */
final class TableKinds {

    private TableKinds() {
    }

    static TableKind of(String raw) {
        if (raw == null) {
            return TableKind.TABLE;
        }
        String kind = raw.trim();
        switch (kind) {
            case "v", "V":
                return TableKind.VIEW;
            case "m":
                return TableKind.MATERIALIZED_VIEW;
            case "p":
                return TableKind.PARTITIONED_TABLE;
            case "f":
                return TableKind.FOREIGN_TABLE;
            default:
                break;
        }
        String upper = kind.toUpperCase(Locale.ROOT).replace('_', ' ');
        if (upper.equals("VIEW") || upper.equals("SYSTEM VIEW")) {
            return TableKind.VIEW;
        }
        if (upper.equals("MATERIALIZED VIEW") || upper.equals("MATERIALIZEDVIEW")) {
            return TableKind.MATERIALIZED_VIEW;
        }
        if (upper.equals("PARTITIONED TABLE")) {
            return TableKind.PARTITIONED_TABLE;
        }
        if (upper.equals("FOREIGN TABLE")) {
            return TableKind.FOREIGN_TABLE;
        }
        if (upper.equals("EXTERNAL TABLE")) {
            return TableKind.EXTERNAL_TABLE;
        }
        return TableKind.TABLE;
    }
}
