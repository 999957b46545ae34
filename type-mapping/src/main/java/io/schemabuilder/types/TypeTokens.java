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
    record Token(Kind kind, String text, String token, List<String> comments) {
        Token(Kind kind, String text, String token) {
            this(kind, text, token, new ArrayList<>(0));
        }

        Token withToken(String value) {
            return new Token(kind, text, value, comments);
        }

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
        // sqlglot keeps comments: a comment on the line of the token before it belongs to that token, any other
        // to the token after it. Some reach the generator's output (a type size's: NUMERIC(10 /* c */, 2)).
        List<String> pending = new ArrayList<>();
        int line = 0;
        int lastTokenLine = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            String comment = commentStart(text, i, grammar);
            if (comment != null) {
                int startLine = line;
                int end = commentEnd(text, i, comment, grammar);
                String body = comment.contains(" ")
                        ? text.substring(i + comment.indexOf(' '), end - (comment.length() - comment.indexOf(' ') - 1))
                        : text.substring(i + comment.length(), end);
                line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
                if (!words.isEmpty() && startLine == lastTokenLine) {
                    words.get(words.size() - 1).comments().add(body);
                    lastTokenLine = line;
                } else {
                    pending.add(body);
                }
                continue;
            }
            int before = words.size();
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                }
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
                boolean decimal = false;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' && !decimal)) {
                    decimal |= text.charAt(i) == '.';
                    i++;
                }
                i = exponent(text, i);
                if (i < n && grammar.flag("identifiers_can_start_with_digit")
                        && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    words.add(new Token(Kind.WORD, text.substring(start, i), null));
                } else {
                    words.add(new Token(Kind.NUMBER, text.substring(start, i), null));
                }
            } else if (grammar.in("string_quotes", String.valueOf(c))) {
                StringBuilder value = new StringBuilder();
                i = string(text, i, grammar, value);
                words.add(new Token(Kind.STRING, value.toString(), null));
            } else if (grammar.identifierClose(c) != 0) {
                char close = grammar.identifierClose(c);
                int end = closing(text, i, close);
                words.add(new Token(Kind.QUOTED, text.substring(i + 1, end).replace("" + close + close, "" + close), null));
                i = end + 1;
            } else if ((c == '=' || c == '<') && i + 1 < n && text.charAt(i + 1) == '>') {
                // => and <> are single tokens to sqlglot: MAP(K, V)<> has no nested types after it.
                words.add(new Token(Kind.SYMBOL, c + ">", null));
                i += 2;
            } else {
                words.add(new Token(Kind.SYMBOL, String.valueOf(c), null));
                i++;
            }
            if (words.size() > before) {
                words.get(before).comments().addAll(pending);
                pending.clear();
                lastTokenLine = line;
            }
        }
        return keywords(hyphenated(words, grammar), grammar);
    }

    /** The dialect's comment start ({@code --}, {@code #}, {@code /* *}{@code /}, as {@code start end}) at i; null if none. */
    private static String commentStart(String text, int i, DialectGrammar grammar) {
        String found = null;
        for (String comment : grammar.sets.getOrDefault("comments", java.util.Set.of())) {
            String start = comment.contains(" ") ? comment.substring(0, comment.indexOf(' ')) : comment;
            if (text.startsWith(start, i) && (found == null || start.length() > startOf(found).length())) {
                found = comment;
            }
        }
        return found;
    }

    private static String startOf(String comment) {
        return comment.contains(" ") ? comment.substring(0, comment.indexOf(' ')) : comment;
    }

    /** Where the comment starting at i ends: after its end delimiter (nested ones counted where the dialect nests), or at the line's end. */
    private static int commentEnd(String text, int i, String comment, DialectGrammar grammar) {
        String start = startOf(comment);
        if (!comment.contains(" ")) {
            int end = i + start.length();
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return end;
        }
        String close = comment.substring(comment.indexOf(' ') + 1);
        int depth = 1;
        int at = i + start.length();
        while (at < text.length()) {
            if (text.startsWith(close, at)) {
                depth--;
                if (depth == 0) {
                    return at + close.length();
                }
                at += close.length();
            } else if (grammar.flag("nested_comments") && text.startsWith(start, at)) {
                depth++;
                at += start.length();
            } else {
                at++;
            }
        }
        throw new TokenError("missing end of comment in " + text);
    }

    /** A number's exponent ({@code 1e3}, {@code 2E-5}): sqlglot reads it as part of the number. */
    private static int exponent(String text, int i) {
        int n = text.length();
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '-' || text.charAt(j) == '+') && j + 1 < n
                    && Character.isDigit(text.charAt(j + 1))) {
                j++;
            }
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }
        return i;
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
                    joined.add(new Token(Kind.WORD, text, null, commentsOf(words.subList(i, i + 3))));
                    i += 2;
                    continue;
                }
            }
            joined.add(word);
        }
        return joined;
    }

    private static List<String> commentsOf(List<Token> joined) {
        List<String> comments = new ArrayList<>(0);
        joined.forEach(t -> comments.addAll(t.comments()));
        return comments;
    }

    /**
     * A string literal from its opening quote at {@code open}, as sqlglot's {@code _extract_string}: an escape
     * character of the dialect ({@code '} or a backslash) before the quote or before another escape keeps the
     * character after it ({@code 'it''s'} is {@code it's}); {@code value} gets the text, the result is the index
     * after the closing quote.
     */
    private static int string(String text, int open, DialectGrammar grammar, StringBuilder value) {
        char quote = text.charAt(open);
        int i = open + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            boolean escape = grammar.in("string_escapes", String.valueOf(c));
            boolean escapedDelimiter = next == quote;
            if (escape && i + 1 < n && (escapedDelimiter || grammar.in("string_escapes", String.valueOf(next)))
                    && (!grammar.in("string_quotes", String.valueOf(c)) || c == next)) {
                value.append(escapedDelimiter ? String.valueOf(next) : "" + c + next);
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new TokenError("missing closing " + quote + " in " + text);
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
                tokens.add(word.withToken(grammar.words.get(word.text().toUpperCase(Locale.ROOT))));
            } else {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < i + matched; j++) {
                    joined.append(j > i ? " " : "").append(words.get(j).text());
                }
                tokens.add(new Token(Kind.WORD, joined.toString(), token, commentsOf(words.subList(i, i + matched))));
                i += matched - 1;
            }
        }
        return tokens;
    }
}
