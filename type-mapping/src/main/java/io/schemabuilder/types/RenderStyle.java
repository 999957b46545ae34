package io.schemabuilder.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one sqlglot generator writes types: its {@code TYPE_MAPPING} (the word for each member), whether nested
 * types are delimited by {@code <>} or {@code ()}, {@code WITH TIME ZONE} suffixes, parameter defaults and bounds,
 * and when a struct field's name must be quoted. Exported from sqlglot by {@code scripts/export_grammar.py} (the
 * {@code gen_*} and {@code render} lines of {@code grammar/<dialect>.tsv}); {@code grammar/default.tsv} is sqlglot's
 * own dialect, whose rendering the README calls {@code sql_default}. The logic that reads these is
 * {@link TypeRenderer}.
 */
final class RenderStyle {
    private static final Map<String, RenderStyle> CACHE = new ConcurrentHashMap<>();

    /** The dialect whose generator overrides apply; null for sqlglot's default dialect. */
    final Dialect dialect;
    private final Map<SqlglotType, String> words = new EnumMap<>(SqlglotType.class);
    private final Map<String, Boolean> flags = new ConcurrentHashMap<>();
    private final Map<String, Set<SqlglotType>> memberSets = new ConcurrentHashMap<>();
    private final Map<SqlglotType, ParamSettings> paramSettings = new EnumMap<>(SqlglotType.class);
    private Set<String> reserved = Set.of();
    private String quoteStart = "\"";
    private String quoteEnd = "\"";
    private String stringEscape = "'";

    /** A generator's {@code TYPE_PARAM_SETTINGS} entry: parameters a bare type gets, and caps on given ones. */
    record ParamSettings(List<String> defaults, List<Integer> bounds) {
    }

    private RenderStyle(Dialect dialect) {
        this.dialect = dialect;
    }

    static RenderStyle of(Dialect dialect) {
        return CACHE.computeIfAbsent(dialect.sqlglotName(), name -> load(dialect, name));
    }

    /** sqlglot's default dialect ({@code dt.sql()} without a dialect). */
    static RenderStyle sqlglotDefault() {
        return CACHE.computeIfAbsent("default", name -> load(null, name));
    }

    /** The generator's word for a member ({@code TYPE_MAPPING}, else the member's value). */
    String word(SqlglotType member) {
        return words.getOrDefault(member, member.name());
    }

    boolean flag(String name) {
        return flags.getOrDefault(name, false);
    }

    boolean in(String set, SqlglotType member) {
        return memberSets.getOrDefault(set, Set.of()).contains(member);
    }

    ParamSettings paramSettings(SqlglotType member) {
        return paramSettings.get(member);
    }

    /** A struct field's name as the generator writes it: quoted when it was, or when it is a reserved word. */
    String identifier(String name, boolean quoted) {
        boolean digitFirst = !name.isEmpty() && Character.isDigit(name.charAt(0));
        if (quoted || reserved.contains(name.toUpperCase(java.util.Locale.ROOT))
                || digitFirst && !flag("identifiers_can_start_with_digit")) {
            return quoteStart + name.replace(quoteEnd, quoteEnd + quoteEnd) + quoteEnd;
        }
        return name;
    }

    /** A string literal's value as the generator writes it ({@code literal_sql}): {@code 'it''s'} or {@code 'it\\'s'}. */
    String stringLiteral(String value) {
        String escaped = flag("escape_backslash") ? value.replace("\\", "\\\\") : value;
        return "'" + escaped.replace("'", stringEscape + "'") + "'";
    }

    private static RenderStyle load(Dialect dialect, String name) {
        RenderStyle style = new RenderStyle(dialect);
        String resource = "grammar/" + name + ".tsv";
        try (InputStream in = RenderStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing type grammar " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t", -1);
                switch (parts[0]) {
                    case "render" -> style.words.put(SqlglotType.valueOf(parts[1]), parts[2]);
                    case "gen_flag" -> style.flags.put(parts[1], Boolean.parseBoolean(parts[2]));
                    case "gen_string_escape" -> style.stringEscape = parts[1];
                    case "gen_quote" -> {
                        style.quoteStart = parts[1];
                        style.quoteEnd = parts[2];
                    }
                    case "gen_set" -> {
                        if (parts[1].equals("reserved")) {
                            style.reserved = parts[2].isEmpty() ? Set.of() : new HashSet<>(List.of(parts[2].split(",")));
                        } else {
                            style.memberSets.put(parts[1], members(parts[2]));
                        }
                    }
                    case "gen_params" -> style.paramSettings.put(SqlglotType.valueOf(parts[1]), new ParamSettings(
                            parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")),
                            parts[3].isEmpty() ? List.of() : java.util.Arrays.stream(parts[3].split(",", -1))
                                    .map(b -> b.isEmpty() ? null : Integer.valueOf(b)).toList()));
                    default -> {
                        // The parser's side of the file (DialectGrammar) and comments.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return style;
    }

    private static Set<SqlglotType> members(String list) {
        Set<SqlglotType> set = EnumSet.noneOf(SqlglotType.class);
        if (!list.isEmpty()) {
            for (String member : list.split(",")) {
                set.add(SqlglotType.valueOf(member));
            }
        }
        return set;
    }
}
