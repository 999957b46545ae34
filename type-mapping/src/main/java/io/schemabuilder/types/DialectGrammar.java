package io.schemabuilder.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dialect's type vocabulary, exported from sqlglot by {@code type-mapping/scripts/export_grammar.py} into
 * {@code grammar/<dialect>.tsv}: which words (and multi-word keywords such as {@code DOUBLE PRECISION}) are which
 * type tokens, which tokens nest, which are structs, enums, timestamps, their unsigned forms, and the dialect's
 * flags. The grammar itself is in {@link TypeParser}.
 */
final class DialectGrammar {
    private static final Map<Dialect, DialectGrammar> CACHE = new ConcurrentHashMap<>();

    final Dialect dialect;
    final Map<String, String> keywords = new HashMap<>();
    final Map<String, Set<String>> sets = new HashMap<>();
    final Map<String, String> unsigned = new HashMap<>();
    /** Single words that name no type but are keywords (SELECT, INNER, KEY), with their token. */
    final Map<String, String> words = new HashMap<>();
    final Set<String> converters = new HashSet<>();
    final Map<String, Boolean> flags = new HashMap<>();
    int longestKeyword = 1;

    private DialectGrammar(Dialect dialect) {
        this.dialect = dialect;
    }

    static DialectGrammar of(Dialect dialect) {
        return CACHE.computeIfAbsent(dialect, DialectGrammar::load);
    }

    String keyword(String upperText) {
        return keywords.get(upperText);
    }

    boolean in(String set, String token) {
        return token != null && sets.getOrDefault(set, Set.of()).contains(token);
    }

    boolean isTypeToken(String token) {
        return in("type_tokens", token);
    }

    /** The closing character of an identifier quote that {@code open} starts; 0 when it starts none. */
    char identifierClose(char open) {
        for (String pair : sets.getOrDefault("identifier_quotes", Set.of())) {
            if (pair.charAt(0) == open) {
                return pair.charAt(pair.length() - 1);
            }
        }
        return 0;
    }

    boolean flag(String name) {
        return flags.getOrDefault(name, false);
    }

    private static DialectGrammar load(Dialect dialect) {
        DialectGrammar grammar = new DialectGrammar(dialect);
        String resource = "grammar/" + dialect.sqlglotName() + ".tsv";
        try (InputStream in = DialectGrammar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing type grammar " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                switch (parts[0]) {
                    case "flag" -> grammar.flags.put(parts[1], Boolean.parseBoolean(parts[2]));
                    case "set" -> grammar.sets.put(parts[1], parts[2].isEmpty() ? Set.of()
                            : new HashSet<>(Arrays.asList(parts[2].split(","))));
                    case "unsigned" -> grammar.unsigned.put(parts[1], parts[2]);
                    case "converter" -> grammar.converters.add(parts[1]);
                    case "keyword" -> grammar.addKeyword(parts[1], parts[2]);
                    case "word" -> grammar.words.put(parts[1], parts[2]);
                    case "render", "gen_flag", "gen_set", "gen_params", "gen_quote", "gen_string_escape" -> {
                        // The generator's side of the file, read by RenderStyle.
                    }
                    default -> throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return grammar;
    }

    private void addKeyword(String text, String token) {
        keywords.put(text, token);
        longestKeyword = Math.max(longestKeyword, text.split(" ").length);
    }

    /** Members whose token names are not DataType.Type members are not types (PSEUDO_TYPE, OBJECT_IDENTIFIER). */
    static final Map<String, SqlglotType> MEMBERS = members();

    private static Map<String, SqlglotType> members() {
        Map<String, SqlglotType> map = new HashMap<>();
        for (SqlglotType type : SqlglotType.values()) {
            map.put(type.name(), type);
        }
        return map;
    }
}
