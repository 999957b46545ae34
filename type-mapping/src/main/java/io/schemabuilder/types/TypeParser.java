package io.schemabuilder.types;

import io.schemabuilder.types.TypeTokens.Kind;
import io.schemabuilder.types.TypeTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * sqlglot's type grammar ({@code Parser._parse_types}, as {@code DataType.from_str} runs it: schema context,
 * errors ignored, a type read from the start of the text and whatever follows it left), over one dialect's
 * {@link DialectGrammar}. Not thread-safe: one parser per call.
 */
final class TypeParser {
    private final DialectGrammar grammar;
    private List<Token> tokens;
    private int at;
    /**
     * sqlglot's {@code check_func}, on while a struct field is tried as a type first ({@code _parse_type}) and
     * passed down to the types nested in it: a type with bracketed parameters and no string after it is then no
     * type ({@code STRUCT<MAP<INT, DATETIME('UTC')>>} keeps {@code MAP<INT>} and reads the rest as the field's type).
     */
    private boolean checkFunc;

    TypeParser(DialectGrammar grammar) {
        this.grammar = grammar;
    }

    /** The type the text starts with; null when sqlglot parses none. Throws {@link TypeTokens.TokenError}. */
    GlotType parse(String text) {
        tokens = TypeTokens.tokenize(text, grammar);
        at = 0;
        return types(false);
    }

    private GlotType types(boolean allowIdentifiers) {
        int start = at;
        Token current = peek(0);
        if (current == null) {
            return null;
        }
        String typeToken;
        if (current.kind() == Kind.WORD && grammar.isTypeToken(current.token())) {
            typeToken = current.token();
            at++;
        } else if (allowIdentifiers && (current.kind() == Kind.WORD && current.token() == null
                || current.kind() == Kind.QUOTED)) {
            return userDefined();
        } else {
            return null;
        }
        if (typeToken.equals("PSEUDO_TYPE") || typeToken.equals("OBJECT_IDENTIFIER")) {
            // Not a DataType in sqlglot (exp.PseudoType, exp.ObjectIdentifier): no member.
            return new GlotType(SqlglotType.UNKNOWN, List.of(), List.of(), List.of(), null,
                    current.text().toUpperCase(Locale.ROOT));
        }
        if (typeToken.equals("MAP") && match("[")) {
            GlotType key = types(allowIdentifiers);
            if (!match("=>")) {
                at = start;
                return null;
            }
            GlotType value = types(allowIdentifiers);
            if (!match("]")) {
                at = start;
                return null;
            }
            List<GlotType.Field> keyAndValue = List.of(new GlotType.Field(null, false, key),
                    new GlotType.Field(null, false, value));
            return marked(new GlotType(SqlglotType.MAP, List.of(), keyAndValue, List.of(), null, null));
        }
        boolean nested = grammar.in("nested", typeToken);
        boolean struct = grammar.in("struct", typeToken);
        List<String> params = new ArrayList<>();
        List<GlotType.Field> fields = new ArrayList<>();
        boolean maybeFunc = false;
        if (match("(")) {
            maybeFunc = true;
            if (struct) {
                fields.addAll(csv(this::structField));
            } else if (nested) {
                fields.addAll(csv(() -> unnamed(types(allowIdentifiers))));
                if (typeToken.equals("NULLABLE") && fields.size() == 1) {
                    match(")");
                    return fields.get(0).type().withNullable(true);
                }
            } else if (grammar.in("enum", typeToken)) {
                params.addAll(csv(this::enumValue).stream().map(EnumValue::text).toList());
            } else if (typeToken.equals("JSON")) {
                params.addAll(csv(this::jsonArgument));
            } else if (grammar.in("aggregate", typeToken)) {
                // A function (quantiles(0.5)) or an identifier (uniq); anything else is no type to sqlglot.
                Token first = peek(0);
                int functionStart = at;
                String function = first != null && first.kind() == Kind.WORD ? expression() : null;
                if (function == null) {
                    return null;
                }
                if (at == functionStart + 1) {
                    // An identifier (uniq) keeps its comments in sqlglot's output: uniq /* c */.
                    function += comments(first);
                }
                params.add(function);
                if (match(",")) {
                    for (GlotType inner : csv(() -> types(allowIdentifiers))) {
                        fields.add(unnamed(inner));
                    }
                }
            } else {
                params.addAll(typeSizes());
                if (typeToken.equals("VECTOR") && params.size() == 2) {
                    // sqlglot reads VECTOR(type, n)'s first argument as a type, and fails when it is none.
                    GlotType element = vectorElement(params.remove(0));
                    if (element == null) {
                        throw new TypeTokens.TokenError("VECTOR element is not a type");
                    }
                    fields.add(unnamed(element));
                }
            }
            if (!match(")")) {
                at = start;
                return null;
            }
        }
        if (nested && match("<")) {
            fields.clear();
            if (struct) {
                fields.addAll(csv(this::structField));
            } else {
                fields.addAll(csv(() -> {
                    GlotType.Field inner = unnamed(types(allowIdentifiers));
                    skipCollation();
                    return inner;
                }));
            }
            match(">");
            if (peekIs("(") || peekIs("[")) {
                // sqlglot reads brackets after ARRAY<...> as an inline constructor's values (BigQuery's
                // ARRAY<INT>[1, 2]): the text is a CAST, no DataType, so no member; written as sqlglot writes the CAST.
                int open = at++;
                List<String> values = csv(this::expression);
                if (values.isEmpty() && struct) {
                    at = open;
                } else {
                    if (!match(")")) {
                        match("]");
                    }
                    SqlglotType member = DialectGrammar.MEMBERS.get(typeToken);
                    if (member == null) {
                        return null;
                    }
                    return GlotType.cast(marked(new GlotType(member, params, fields, List.of(), null, null)),
                            values, struct);
                }
            }
        }
        GlotType result = null;
        if (grammar.in("timestamps", typeToken)) {
            if (matchWords("WITH", "TIME", "ZONE")) {
                maybeFunc = false;
                result = new GlotType(grammar.in("times", typeToken) ? SqlglotType.TIMETZ : SqlglotType.TIMESTAMPTZ,
                        params, List.of(), List.of(), null, null);
            } else if (matchWords("WITH", "LOCAL", "TIME", "ZONE")) {
                maybeFunc = false;
                result = new GlotType(SqlglotType.TIMESTAMPLTZ, params, List.of(), List.of(), null, null);
            } else if (matchWords("WITHOUT", "TIME", "ZONE")) {
                maybeFunc = false;
            }
        } else if (typeToken.equals("INTERVAL")) {
            Token unit = peek(0);
            if (unit != null && unit.kind() == Kind.WORD
                    && grammar.in("interval_units", unit.text().toUpperCase(Locale.ROOT))) {
                at++;
                String span = unit.text().toUpperCase(Locale.ROOT);
                if (matchWords("TO") && peek(0) != null) {
                    // sqlglot keeps the comments on both units of a span (not on INTERVAL or TO, nor a lone unit's).
                    Token last = peek(0);
                    span = span + comments(unit) + " TO " + last.text().toUpperCase(Locale.ROOT) + comments(last);
                    at++;
                }
                result = new GlotType(SqlglotType.INTERVAL, List.of(), List.of(), List.of(), null, span);
            } else {
                // A bare INTERVAL keeps its comments: INTERVAL /* c */ (a line comment is written as a block one).
                String comments = comments(current);
                result = new GlotType(SqlglotType.INTERVAL, List.of(), List.of(), List.of(), null,
                        comments.isEmpty() ? null : comments);
            }
        } else if (typeToken.equals("VOID")) {
            result = GlotType.of(SqlglotType.NULL);
        }
        if (maybeFunc && checkFunc && !(peek(0) != null && peek(0).kind() == Kind.STRING)) {
            at = start;
            return null;
        }
        if (result == null) {
            if (matchWords("UNSIGNED")) {
                typeToken = grammar.unsigned.getOrDefault(typeToken, typeToken);
            }
            if (typeToken.equals("NULLABLE") && params.isEmpty() && fields.isEmpty()) {
                at = start;
                return null;
            }
            SqlglotType member = DialectGrammar.MEMBERS.get(typeToken);
            if (member == null) {
                return null;
            }
            result = new GlotType(member, params, fields, List.of(), null, null);
        } else if (!params.isEmpty() && result.params().isEmpty()) {
            result = result.withParams(params);
        }
        while (matchToken("LIST")) {
            result = new GlotType(SqlglotType.LIST, List.of(), List.of(unnamed(result)), List.of(), null, null);
        }
        result = arrays(result);
        return marked(convert(result));
    }

    /** {@code INT[]}, {@code INT[3][]}, Postgres' {@code INT ARRAY[3]}: each bracket pair wraps an array. */
    private GlotType arrays(GlotType type) {
        boolean matchedArray = matchToken("ARRAY");
        GlotType result = type;
        while (at < tokens.size()) {
            boolean afterArrayKeyword = at > 0 && "ARRAY".equals(tokens.get(at - 1).token());
            boolean bracket = match("[");
            if (!bracket && !matchedArray || afterArrayKeyword && match("]")) {
                // ARRAY[] (and ARRAY]) is the bare type (PostgreSQL's empty array literal), not an array of arrays.
                break;
            }
            matchedArray = false;
            List<String> values = new ArrayList<>();
            if (!peekIs("]")) {
                values.addAll(csv(this::arraySize));
            }
            result = new GlotType(SqlglotType.ARRAY, List.of(), List.of(unnamed(result)), values, null, null);
            match("]");
        }
        return result;
    }

    /**
     * One array size, as sqlglot reads the expression after {@code ARRAY} or in {@code [...]}: a comparison whose
     * left side is missing ({@code INT ARRAY<} is {@code INT[ < ]}, {@code INT ARRAY = 1} is {@code INT[ = 1]}), a
     * bracketed group written without empty items ({@code INT ARRAY(,)} is {@code INT[()]}), no {@code AS}; else any
     * expression.
     */
    private String arraySize() {
        Token token = peek(0);
        if (token == null) {
            return null;
        }
        if (token.kind() == Kind.SYMBOL && COMPARISONS.contains(token.text())) {
            at++;
            String right = expression();
            return " " + token.text() + " " + (right == null ? "" : right);
        }
        if (token.is("(")) {
            int open = at++;
            List<String> items = csv(this::expression);
            // One item and a comma is a tuple: written (1), which sqlglot reads back as a paren, so kept as (1,).
            boolean tuple = items.size() == 1 && tokens.get(at - 1).is(",");
            if (match(")")) {
                return "(" + String.join(", ", items) + (tuple ? ",)" : ")");
            }
            at = open;
        }
        if ("ALIAS".equals(token.token())) {
            return null;
        }
        return expression();
    }

    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("<", ">", "<>", "=", "<=", ">=", "!=");

    /** DuckDB's DECIMAL means DECIMAL(18, 3) and its VARCHAR(n) is VARCHAR; Snowflake's NUMBER means NUMBER(38, 0). */
    private GlotType convert(GlotType type) {
        if (!grammar.converters.contains(type.member().name())) {
            return type;
        }
        if (type.member() == SqlglotType.DECIMAL && type.params().isEmpty()) {
            return type.withParams(grammar.dialect == Dialect.DUCKDB ? List.of("18", "3") : List.of("38", "0"));
        }
        if (type.member() == SqlglotType.TEXT) {
            return type.withParams(List.of());
        }
        return type;
    }

    private GlotType vectorElement(String element) {
        return new TypeParser(grammar).parse(element);
    }

    /** ClickHouse marks every type not nullable unless Nullable(...) made it so. */
    private GlotType marked(GlotType type) {
        if (grammar.dialect == Dialect.CLICKHOUSE && !Boolean.TRUE.equals(type.nullable())) {
            return type.withNullable(false);
        }
        return type;
    }

    /**
     * One field of a struct, as sqlglot's {@code _parse_struct_types}: a name (an identifier, a quoted one, a string,
     * or a type word used as a name: {@code date DATE}, {@code list: INT}), an optional colon, and its type; or a type
     * alone ({@code Tuple(UInt8, String)}). A name sqlglot cannot take (SELECT) ends the fields; a name whose type
     * sqlglot cannot read stays a field without a type.
     */
    private GlotType.Field structField() {
        if (grammar.dialect == Dialect.DUCKDB) {
            return fieldDef();
        }
        int start = at;
        Token current = peek(0);
        Token next = peek(1);
        if (current == null) {
            return null;
        }
        boolean currentIsType = typeWord(current);
        boolean nextIsType = typeWord(next);
        GlotType typeFirst = null;
        if (!(currentIsType && nextIsType) && currentIsType) {
            // _parse_type(fallback_to_identifier=True): a type with parameters or nested types is a type; a bare
            // type word is read again as a name. A type with brackets is no type here (check_func, no string after).
            GlotType type = withCheckFunc(true, () -> types(false));
            boolean bracketed = type != null && at - start > 1 && tokens.get(at - 1).is(")")
                    && type.fields().isEmpty() && !type.params().isEmpty();
            if (type != null && at - start > 1 && !bracketed && (!type.params().isEmpty() || !type.fields().isEmpty())) {
                typeFirst = type;
            } else {
                at = start;
            }
        }
        String name = null;
        boolean quoted = false;
        if (typeFirst == null) {
            // _parse_id_var: a quoted identifier or a string (BigQuery's STRUCT<"x y" INT>), or a word that may name.
            quoted = current.kind() == Kind.QUOTED || current.kind() == Kind.STRING;
            if (quoted || current.kind() == Kind.WORD && !grammar.in("reserved", current.token())) {
                name = current.text();
                at = start + 1;
            }
        }
        match(":");
        if (typeFirst == null && !typeWord(peek(0))) {
            // No name-and-type here: sqlglot goes back and reads the field as a type alone (a user-defined one).
            at = start;
            GlotType alone = withCheckFunc(false, () -> types(true));
            return alone == null ? null : unnamed(alone);
        }
        if (typeFirst != null) {
            return unnamed(typeFirst);
        }
        int typeStart = at;
        GlotType type = withCheckFunc(false, () -> types(true));
        int typeEnd = at;
        skipCollation();
        String constraints = constraints();
        return new GlotType.Field(name, quoted, type, constraints + fieldComments(typeStart, typeEnd, type),
                comments(current));
    }

    /** A field's last comments, unless its type ends it and wrote them itself (an INTERVAL keeps or drops its own). */
    private String fieldComments(int typeStart, int typeEnd, GlotType type) {
        if (type != null && type.member() == SqlglotType.INTERVAL && at == typeEnd && at > typeStart
                && tokens.get(at - 1).kind() == Kind.WORD) {
            return "";
        }
        return lastComments(typeStart);
    }

    /**
     * The comments sqlglot keeps on a struct field: those on its last token, which {@code _parse_column_def} takes
     * as it makes the field ({@code a INT /* c *}{@code /}, {@code a ARRAY<INT> /* c *}{@code /}); none when the
     * field read no token since {@code from}.
     */
    private String lastComments(int from) {
        return at > from ? comments(tokens.get(at - 1)) : "";
    }

    /** DuckDB reads a struct's fields as column definitions ({@code _parse_field_def}): a name, then a type. */
    private GlotType.Field fieldDef() {
        Token current = peek(0);
        Token next = peek(1);
        if (current == null) {
            return null;
        }
        boolean currentIsType = current.kind() == Kind.WORD && grammar.isTypeToken(current.token());
        boolean nextIsType = next != null && next.kind() == Kind.WORD && grammar.isTypeToken(next.token());
        if (currentIsType && !nextIsType) {
            GlotType type = types(false);
            if (type != null) {
                match(":");
                return unnamed(type);
            }
        }
        // A string names a field too (BigQuery's STRUCT<"x y" INT>): sqlglot makes it a quoted identifier.
        if (current.kind() == Kind.NUMBER) {
            // _parse_field reads a number as a literal field: DuckDB's STRUCT(10) keeps it (written STRUCT(10)).
            at++;
            return new GlotType.Field(current.text(), false, null, comments(current));
        }
        boolean quoted = current.kind() == Kind.QUOTED || current.kind() == Kind.STRING;
        if (current.kind() != Kind.WORD && !quoted || grammar.in("reserved", current.token())) {
            return null;
        }
        int start = at++;
        match(":");
        int typeStart = at;
        GlotType type = types(true);
        int typeEnd = at;
        if (type == null) {
            // No name-and-type here: sqlglot goes back and reads the field as a type alone (a user-defined one).
            at = start;
            GlotType alone = types(true);
            return alone == null ? null : unnamed(alone);
        }
        skipCollation();
        return new GlotType.Field(current.text(), quoted, type, fieldComments(typeStart, typeEnd, type),
                comments(current));
    }

    /**
     * A struct field's column constraints after its type, as sqlglot's {@code _parse_column_def} reads those a
     * catalog writes (Databricks' {@code COMMENT 'x'}, {@code NOT NULL}), in the order given.
     */
    private String constraints() {
        StringBuilder text = new StringBuilder();
        while (true) {
            Token token = peek(0);
            if (token != null && token.isWord("COMMENT") && peek(1) != null && peek(1).kind() == Kind.STRING) {
                text.append(" COMMENT ").append(render(peek(1)));
                at += 2;
            } else if (matchWords("NOT", "NULL")) {
                text.append(" NOT NULL");
            } else {
                return text.toString();
            }
        }
    }

    private GlotType withCheckFunc(boolean value, Supplier<GlotType> parse) {
        boolean saved = checkFunc;
        checkFunc = value;
        try {
            return parse.get();
        } finally {
            checkFunc = saved;
        }
    }

    private boolean typeWord(Token token) {
        return token != null && token.kind() == Kind.WORD && grammar.isTypeToken(token.token());
    }

    /** An identifier in a place that takes a type: a user-defined type where the dialect has them. */
    private GlotType userDefined() {
        if (!grammar.flag("user_defined_types")) {
            return null;
        }
        StringBuilder name = new StringBuilder(tokens.get(at++).text());
        while (match(".") && peek(0) != null) {
            name.append('.').append(tokens.get(at++).text());
        }
        return marked(new GlotType(SqlglotType.USERDEFINED, List.of(), List.of(), List.of(), null, name.toString()));
    }

    /**
     * The type sizes in brackets, as sqlglot's {@code _parse_csv(_parse_type_size)}: a comment after a comma joins
     * the size before it, so {@code NUMERIC(10, /* c *}{@code / 2)} is written {@code DECIMAL(10 /* c *}{@code /, 2)}.
     */
    private List<String> typeSizes() {
        List<String> sizes = new ArrayList<>();
        String first = typeSize();
        if (first != null) {
            sizes.add(first);
        }
        while (match(",")) {
            if (!sizes.isEmpty()) {
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + comments(tokens.get(at - 1)));
            }
            String next = typeSize();
            if (next != null) {
                sizes.add(next);
            }
        }
        return sizes;
    }

    /**
     * A type parameter: a number, {@code MAX}, {@code *}, a string; and a word after it ({@code 100 CHAR}). No sign:
     * sqlglot reads {@code NUMBER(5, -2)} as no type at all. Comments after a number, a string or {@code *} stay
     * with it; after a word (MAX, a specifier) sqlglot drops them.
     */
    private String typeSize() {
        Token token = peek(0);
        if (token == null || token.kind() == Kind.SYMBOL && !token.is("*")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (token.kind() == Kind.WORD && grammar.isTypeToken(token.token()) && peek(1) != null && peek(1).is("(")) {
            // A type with its own parameters (Snowflake's VECTOR(DECIMAL(38, 0), 16)): kept whole.
            int start = at;
            at++;
            skipBalanced();
            return join(start, at);
        }
        // A bare word (MAX) becomes an upper-case variable in sqlglot (_parse_type_size: exp.var(name.upper())).
        text.append(token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : render(token));
        if (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED) {
            text.append(comments(token));
        }
        at++;
        Token after = peek(0);
        if (after != null && after.kind() == Kind.WORD) {
            // The specifier (100 CHAR) as written: sqlglot's _parse_var keeps its case.
            text.append(' ').append(after.text()).append(comments(after));
            at++;
        }
        return text.toString();
    }

    /** A token's comments as sqlglot's generator writes them after an expression: {@code  /* c *}{@code /} each. */
    static String comments(Token token) {
        StringBuilder text = new StringBuilder();
        for (String comment : token.comments()) {
            if (comment.isEmpty()) {
                continue;
            }
            String padded = (Character.isWhitespace(comment.charAt(0)) ? "" : " ") + comment
                    + (Character.isWhitespace(comment.charAt(comment.length() - 1)) ? "" : " ");
            text.append(" /*").append(padded.replace("*/", "* /").replace("/*", "/ *")).append("*/");
        }
        return text.toString();
    }

    /** Skips a parenthesised group, nested ones included, starting at its {@code (}. */
    private void skipBalanced() {
        int depth = 0;
        do {
            Token token = tokens.get(at++);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            }
        } while (depth > 0 && at < tokens.size());
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) as text, spaced as sqlglot writes expressions. */
    private String join(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && spaced(tokens.get(i - 1), tokens.get(i))) {
                text.append(' ');
            }
            text.append(render(tokens.get(i)));
            Token token = tokens.get(i);
            if (token.kind() == Kind.NUMBER || token.kind() == Kind.STRING) {
                // A literal keeps its comments in sqlglot's output: INT[4 /* c */].
                text.append(comments(token));
            }
        }
        return text.toString();
    }

    /**
     * A ClickHouse JSON argument ({@code path Type}, {@code SKIP path}, {@code name = value}): sqlglot reads these as
     * columns first, and drops an argument that does not start with one ({@code JSON(10)} is plain JSON).
     */
    private String jsonArgument() {
        Token first = peek(0);
        if (first != null && first.kind() == Kind.WORD) {
            return rawExpression();
        }
        atom();
        return null;
    }

    /**
     * One expression as sqlglot reads an enum value, an array size or an aggregate function: operands joined by
     * operators ({@code 'red' = 1}, {@code -2}, {@code quantiles(0.5)}). Stops where the next token continues no
     * expression, so {@code ENUM(100 CHAR)} leaves {@code CHAR} unread and the type fails, as in sqlglot.
     */
    private String expression() {
        int start = at;
        if (!atom()) {
            at = start;
            return null;
        }
        while (peek(0) != null && peek(0).kind() == Kind.SYMBOL && OPERATORS.contains(peek(0).text())) {
            at++;
            if (!atom()) {
                at = start;
                return null;
            }
        }
        return join(start, at);
    }

    /**
     * An enum value ({@code 'red' = 1} or {@code 'red'}) whose {@code =} carries comments: sqlglot writes the
     * comments on an {@code exp.EQ} (its operator's, and a following comma's) right after the {@code =}.
     */
    private record EnumValue(String left, String comments, String right) {
        String text() {
            return right == null ? left : left + " =" + comments + " " + right;
        }

        EnumValue withComments(String more) {
            return right == null ? new EnumValue(left + more, "", null) : new EnumValue(left, comments + more, right);
        }
    }

    private EnumValue enumValue() {
        int start = at;
        String whole = expression();
        if (whole == null) {
            return null;
        }
        int depth = 0;
        for (int i = start; i < at; i++) {
            Token token = tokens.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 0 && token.is("=") && i > start && i + 1 < at) {
                return new EnumValue(join(start, i), comments(token), join(i + 1, at));
            }
        }
        return new EnumValue(whole, "", null);
    }

    private static final java.util.Set<String> OPERATORS = java.util.Set.of("=", "+", "-", "*", "/", ".", "%", "|");

    /** An operand: a literal, a name (a function call when brackets follow), {@code *}, a bracketed group, a signed one. */
    private boolean atom() {
        Token token = peek(0);
        if (token == null) {
            return false;
        }
        if (token.is("-") || token.is("+") || token.isWord("NOT")) {
            // Unary operators; sqlglot reads INT ARRAY NOT NULL as an array of size NOT NULL.
            at++;
            return atom();
        }
        if (token.is("(")) {
            skipBalanced();
            return true;
        }
        if (token.kind() == Kind.SYMBOL && !token.is("*")) {
            return false;
        }
        at++;
        if (token.kind() == Kind.WORD && peekIs("(")) {
            skipBalanced();
        }
        return true;
    }

    /**
     * Tokens up to the next comma or closing bracket at this depth, as sqlglot writes the expression they form:
     * {@code 'red' = 1}, {@code uniq}, {@code quantiles(0.5)} (identifiers and function names keep their case).
     */
    private String rawExpression() {
        int start = at;
        int depth = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            if (depth == 0 && (token.is(",") || token.is(")") || token.is("]") || token.is(">"))) {
                break;
            }
            if (token.is("(") || token.is("[")) {
                depth++;
            } else if (token.is(")") || token.is("]")) {
                depth--;
            }
            at++;
        }
        return at == start ? null : join(start, at);
    }

    /** No space inside brackets, before a comma, around a dot, after a unary minus or between a function and its {@code (}. */
    private static boolean spaced(Token previous, Token token) {
        if (previous.is("(") || previous.is("[") || previous.is(".") || previous.is("-")
                || token.is(")") || token.is("]") || token.is(",") || token.is(".")) {
            return false;
        }
        return !(token.is("(") && previous.kind() == Kind.WORD);
    }

    private String render(Token token) {
        return switch (token.kind()) {
            case STRING -> "'" + token.text().replace("'", "''") + "'";
            case QUOTED -> quoted(token.text());
            default -> token.text();
        };
    }

    private String quoted(String name) {
        for (String pair : grammar.sets.getOrDefault("identifier_quotes", java.util.Set.of())) {
            String close = pair.substring(pair.length() - 1);
            return pair.charAt(0) + name.replace(close, close + close) + close;
        }
        return "\"" + name + "\"";
    }

    private <T> List<T> csv(Supplier<T> item) {
        List<T> items = new ArrayList<>();
        T first = item.get();
        if (first != null) {
            items.add(first);
        }
        while (match(",")) {
            // _parse_csv gives a comma's comments to the item before it.
            if (!items.isEmpty() && items.get(items.size() - 1) instanceof String previous) {
                @SuppressWarnings("unchecked")
                T withComments = (T) (previous + comments(tokens.get(at - 1)));
                items.set(items.size() - 1, withComments);
            } else if (!items.isEmpty() && items.get(items.size() - 1) instanceof EnumValue previous) {
                @SuppressWarnings("unchecked")
                T withComments = (T) previous.withComments(comments(tokens.get(at - 1)));
                items.set(items.size() - 1, withComments);
            } else if (!items.isEmpty() && items.get(items.size() - 1) instanceof GlotType.Field previous) {
                @SuppressWarnings("unchecked")
                T withComments = (T) previous.withTrailing(comments(tokens.get(at - 1)));
                items.set(items.size() - 1, withComments);
            }
            T next = item.get();
            if (next != null) {
                items.add(next);
            }
        }
        return items;
    }

    private void skipCollation() {
        if (matchWords("COLLATE") && peek(0) != null) {
            at++;
        }
    }

    /** A nested type without a name; null for no type, so that {@link #csv} skips it. */
    private static GlotType.Field unnamed(GlotType type) {
        return type == null ? null : new GlotType.Field(null, false, type);
    }

    private Token peek(int ahead) {
        return at + ahead < tokens.size() ? tokens.get(at + ahead) : null;
    }

    private boolean peekIs(String symbol) {
        Token token = peek(0);
        return token != null && token.is(symbol);
    }

    private boolean match(String symbol) {
        if (peekIs(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean matchToken(String tokenType) {
        Token token = peek(0);
        if (token != null && tokenType.equals(token.token())) {
            at++;
            return true;
        }
        return false;
    }

    /** Words in sequence, each matched by text (a keyword joined from them counts too). */
    private boolean matchWords(String... words) {
        int start = at;
        for (String word : words) {
            Token token = peek(0);
            if (token == null || token.kind() != Kind.WORD) {
                at = start;
                return false;
            }
            String[] parts = token.text().split(" ");
            if (!parts[0].equalsIgnoreCase(word)) {
                at = start;
                return false;
            }
            at++;
        }
        return true;
    }
}
