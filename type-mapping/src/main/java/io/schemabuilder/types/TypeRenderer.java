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
            return inner == null ? null : "Nullable(" + inner + ")";
        }
        if (type.member() == SqlglotType.UNKNOWN && type.kind() != null) {
            return type.kind(); // a pseudo type or object identifier, as sqlglot writes it: upper case
        }
        if (type.member() == SqlglotType.INTERVAL && type.kind() != null) {
            return "INTERVAL " + type.kind();
        }
        String name = name(type);
        if (name == null || type.member() == SqlglotType.UNKNOWN) {
            return null;
        }
        if (type.member() == SqlglotType.ARRAY && type.fields().size() == 1) {
            String element = render(type.fields().get(0).type());
            if (element == null) {
                return null;
            }
            String template = grammar.templates.get("ARRAY");
            if (template != null && type.arrayValues().isEmpty()) {
                return template.replace("{0}", element);
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
            if (fields == null) {
                return null;
            }
            String template = grammar.templates.get(type.member().name());
            if (type.member() == SqlglotType.STRUCT && template != null) {
                String separator = template.contains("a: {0}") ? ": " : " ";
                String structFields = fields(type.fields(), separator);
                if (template.contains("a" + separator + "{0}") && structFields != null) {
                    return template.replace("a" + separator + "{0}", structFields);
                }
            }
            if (type.member() == SqlglotType.MAP && template != null && type.fields().size() == 2
                    && template.contains("{1}")) {
                return template.replace("{0}", render(type.fields().get(0).type()))
                        .replace("{1}", render(type.fields().get(1).type()));
            }
            String array = grammar.templates.getOrDefault("ARRAY", "");
            boolean angle = array.endsWith("<{0}>");
            return name + (angle ? "<" : "(") + fields + (angle ? ">" : ")");
        }
        if (type.params().isEmpty()) {
            return name;
        }
        String params = "(" + String.join(", ", type.params()) + ")";
        int with = name.indexOf(" WITH");
        // TIME(6) WITH TIME ZONE: the precision goes after the first word.
        return with < 0 ? name + params : name.substring(0, with) + params + name.substring(with);
    }

    /** The generator's word for the member where it has a bare one, else the dialect's keyword for it. */
    private String name(GlotType type) {
        String generated = grammar.rendered.get(type.member().name());
        if (generated != null && !generated.isEmpty() && !generated.contains("(") && !generated.contains("<")
                && namesMember(generated, type.member())) {
            return generated;
        }
        return grammar.nameOf.get(type.member().name());
    }

    /** Whether the generator's word reads back, in this dialect, as the member itself (MySQL's VARCHAR is TEXT). */
    private boolean namesMember(String word, SqlglotType member) {
        try {
            GlotType parsed = new TypeParser(grammar).parse(word);
            return parsed != null && parsed.member() == member && parsed.fields().isEmpty();
        } catch (TypeTokens.TokenError e) {
            return false;
        }
    }

    private String fields(List<GlotType.Field> fields) {
        return fields(fields, " ");
    }

    private String fields(List<GlotType.Field> fields, String separator) {
        List<String> parts = fields.stream().map(f -> {
            String inner = render(f.type());
            if (inner == null) {
                return null;
            }
            if (f.name() == null) {
                return inner;
            }
            return (f.quoted() ? quote(f.name()) : f.name()) + separator + inner;
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
