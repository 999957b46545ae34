package io.schemabuilder.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits type text into tokens the way sqlglot's tokenizer does for types: words (looked up as keywords,
 * multi-word ones such as {@code DOUBLE PRECISION} first, case-insensitively), numbers, quoted strings, quoted
 * identifiers, and single-character symbols.
 */
final class TypeTokens {

    enum Kind { WORD, NUMBER, STRING, QUOTED, SYMBOL }

    /**
     * @param token the keyword's token type for a WORD that is a keyword, else null
     * @param text  as written (a STRING or QUOTED without its quotes)
     */
    record Token(Kind kind, String text, String token) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    /** Thrown for text the tokenizer cannot split (an unterminated quote). */
    static final class TokenError extends RuntimeException {
        TokenError(String message) {
            super(message);
        }
    }

    private TypeTokens() {
    }

    static List<Token> tokenize(String text, DialectGrammar grammar) {
        List<Token> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '@' || c == '#') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$' || text.charAt(i) == '@' || text.charAt(i) == '#')) {
                    i++;
                }
                words.add(new Token(Kind.WORD, text.substring(start, i), null));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    words.add(new Token(Kind.WORD, text.substring(start, i), null));
                } else {
                    words.add(new Token(Kind.NUMBER, text.substring(start, i), null));
                }
            } else if (grammar.in("string_quotes", String.valueOf(c))) {
                int end = closing(text, i, c);
                words.add(new Token(Kind.STRING, text.substring(i + 1, end).replace("" + c + c, "" + c), null));
                i = end + 1;
            } else if (grammar.identifierClose(c) != 0) {
                char close = grammar.identifierClose(c);
                int end = closing(text, i, close);
                words.add(new Token(Kind.QUOTED, text.substring(i + 1, end).replace("" + close + close, "" + close), null));
                i = end + 1;
            } else if (c == '=' && i + 1 < n && text.charAt(i + 1) == '>') {
                words.add(new Token(Kind.SYMBOL, "=>", null));
                i += 2;
            } else {
                words.add(new Token(Kind.SYMBOL, String.valueOf(c), null));
                i++;
            }
        }
        return keywords(hyphenated(words, grammar), grammar);
    }

    /** Words joined by a hyphen into one keyword (PostgreSQL's {@code USER-DEFINED}). */
    private static List<Token> hyphenated(List<Token> words, DialectGrammar grammar) {
        List<Token> joined = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            if (word.kind() == Kind.WORD && i + 2 < words.size() && words.get(i + 1).is("-")
                    && words.get(i + 2).kind() == Kind.WORD) {
                String text = word.text() + "-" + words.get(i + 2).text();
                if (grammar.keyword(text.toUpperCase(Locale.ROOT)) != null) {
                    joined.add(new Token(Kind.WORD, text, null));
                    i += 2;
                    continue;
                }
            }
            joined.add(word);
        }
        return joined;
    }

    private static int closing(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new TokenError("missing closing " + quote + " in " + text);
    }

    /** Joins runs of words into the longest keyword they spell; tags every keyword with its token. */
    private static List<Token> keywords(List<Token> words, DialectGrammar grammar) {
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            if (word.kind() != Kind.WORD) {
                tokens.add(word);
                continue;
            }
            int matched = 0;
            String token = null;
            StringBuilder text = new StringBuilder();
            StringBuilder original = new StringBuilder();
            for (int j = i; j < words.size() && j - i < grammar.longestKeyword && words.get(j).kind() == Kind.WORD; j++) {
                if (j > i) {
                    text.append(' ');
                    original.append(' ');
                }
                text.append(words.get(j).text().toUpperCase(Locale.ROOT));
                original.append(words.get(j).text());
                String candidate = grammar.keyword(text.toString());
                if (candidate != null) {
                    matched = j - i + 1;
                    token = candidate;
                }
            }
            if (matched == 0) {
                tokens.add(word);
            } else {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < i + matched; j++) {
                    joined.append(j > i ? " " : "").append(words.get(j).text());
                }
                tokens.add(new Token(Kind.WORD, joined.toString(), token));
                i += matched - 1;
            }
        }
        return tokens;
    }
}
