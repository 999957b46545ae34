package io.schemabuilder.source.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the quoting of the text the parser reads, to tell at the end whether a quoted value was never closed:
 * Univocity would silently take the rest of the file as that one value. A quote opens a value only at a field's
 * start (so the inch sign in {@code 5" screen} is text, as the parser reads it); inside, a doubled quote or an
 * escaped one is part of the value. Only quote and escape characters cost more than a comparison.
 */
final class QuoteTrackingReader extends FilterReader {
    private enum State { OUTSIDE, INSIDE, QUOTE_SEEN, ESCAPED }

    private final char delimiter;
    private final char quote;
    private final char escape;
    private State state = State.OUTSIDE;
    private char previous = '\n';
    private boolean reachedEnd;

    QuoteTrackingReader(Reader in, CsvDialect dialect) {
        super(in);
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
        this.escape = dialect.escape();
    }

    /** True when the text was read to its end (by the parser's reading thread, which is done with it then). */
    boolean reachedEnd() {
        return reachedEnd;
    }

    /** True when the whole text was read and it ended inside a quoted value. */
    boolean endedInsideQuotes() {
        return reachedEnd && (state == State.INSIDE || state == State.ESCAPED);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            reachedEnd = true;
        } else {
            follow((char) c, previous);
            previous = (char) c;
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            reachedEnd = true;
            return n;
        }
        int end = offset + n;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            // Outside quotes, only a quote matters: the common case is one comparison a character.
            if (c == quote || state != State.OUTSIDE) {
                follow(c, i > offset ? buffer[i - 1] : previous);
            }
        }
        if (n > 0) {
            previous = buffer[end - 1];
        }
        return n;
    }

    private void follow(char c, char before) {
        switch (state) {
            case OUTSIDE -> {
                if (c == quote && (before == delimiter || before == '\n' || before == '\r')) {
                    state = State.INSIDE;
                }
            }
            case INSIDE -> {
                if (c == escape && escape != quote) {
                    state = State.ESCAPED;
                } else if (c == quote) {
                    state = escape == quote ? State.QUOTE_SEEN : State.OUTSIDE;
                }
            }
            case QUOTE_SEEN -> state = c == quote ? State.INSIDE : State.OUTSIDE;
            default -> state = State.INSIDE;
        }
    }
}
