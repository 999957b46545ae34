package io.schemabuilder.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a parsed type back as text in the dialect's own words (its keyword for each member, nested types in
 * parentheses, fixed array sizes in brackets, ClickHouse's Nullable), for {@code sqlglot_schema}. The mapper keeps
 * a rendering only when it parses back to the same type; null here means "no rendering" (the native text is used).
 */
final class TypeRenderer {
    private final DialectGrammar grammar;

    TypeRenderer(DialectGrammar grammar) {
        this.grammar = grammar;
    }

    String render(GlotType type) {
        if (type.member() == SqlglotType.USERDEFINED) {
            return type.kind();
        }
        if (Boolean.TRUE.equals(type.nullable())) {
            String inner = render(type.withNullable(null));
            String nullable = grammar.nameOf.get("NULLABLE");
            return inner == null || nullable == null ? null : nullable + "(" + inner + ")";
        }
        if (type.member() == SqlglotType.INTERVAL && type.kind() != null) {
            return "INTERVAL " + type.kind();
        }
        String name = grammar.nameOf.get(type.member().name());
        if (name == null || type.member() == SqlglotType.UNKNOWN) {
            return null;
        }
        if (type.member() == SqlglotType.ARRAY && type.fields().size() == 1) {
            String element = render(type.fields().get(0).type());
            if (element == null) {
                return null;
            }
            String size = "[" + String.join(", ", type.arrayValues()) + "]";
            // INT[] where brackets are not identifier quotes (as they are in SQLite and T-SQL).
            if (grammar.identifierClose('[') == 0) {
                return element + size;
            }
            return type.arrayValues().isEmpty() ? name + "(" + element + ")" : null;
        }
        if (grammar.in("aggregate", type.member().name())) {
            String args = fields(type.fields());
            return args == null ? null : name + "(" + String.join(", ", type.params())
                    + (type.fields().isEmpty() ? "" : ", " + args) + ")";
        }
        if (!type.fields().isEmpty()) {
            String fields = fields(type.fields());
            return fields == null ? null : name + "(" + fields + ")";
        }
        return type.params().isEmpty() ? name : name + "(" + String.join(", ", type.params()) + ")";
    }

    private String fields(List<GlotType.Field> fields) {
        List<String> parts = fields.stream().map(f -> {
            String inner = render(f.type());
            if (inner == null) {
                return null;
            }
            if (f.name() == null) {
                return inner;
            }
            return (f.quoted() ? quote(f.name()) : f.name()) + " " + inner;
        }).toList();
        return parts.contains(null) ? null : parts.stream().collect(Collectors.joining(", "));
    }

    private String quote(String name) {
        String pair = grammar.sets.getOrDefault("identifier_quotes", java.util.Set.of("\"\"")).stream().sorted()
                .findFirst().orElse("\"\"");
        String open = pair.substring(0, 1);
        String close = pair.substring(pair.length() - 1);
        return open + name.replace(close, close + close) + close;
    }
}
