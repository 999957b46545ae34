package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveConsoleTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final LiveConsole console = new LiveConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8), 40);

    @Test
    void aPrintedLineErasesTheLiveBlockWhichTheNextShowDrawsBelowItAndTheSameLinesAreNotDrawnAgain() {
        console.show(List.of("source a: 10 tables read, 5/s, 2 s", "source b: 1 table read, 1/s, 1 s"));
        console.show(List.of("source a: 10 tables read, 5/s, 2 s", "source b: 1 table read, 1/s, 1 s"));
        console.line("source b: done: 1 tables");
        console.show(List.of("source a: 20 tables read, 6/s, 3 s"));
        console.clear();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "source a: 10 tables read, 5/s, 2 s\nsource b: 1 table read, 1/s, 1 s\n"
                        + "\r\033[2A\033[J" + "source b: done: 1 tables\n"
                        + "source a: 20 tables read, 6/s, 3 s\n"
                        + "\r\033[1A\033[J");
    }

    @Test
    void aLineWiderThanTheTerminalIsCutSoThatTheEraseCountsRight() {
        console.show(List.of("source a_very_long_source_name: 41,500 tables read, 2,770/s, 15 s"));

        // 39 columns: writing the last one makes some terminals wrap.
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("source a_very_long_source_name: 41,500…\n");
    }
}
