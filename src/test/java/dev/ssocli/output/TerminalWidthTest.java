package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalWidthTest {
    @Test
    void isEightyWhenStdoutIsNotATerminal() {
        // Surefire's forked JVM writes stdout to a pipe, like `aws ... | cat`.
        assertThat(System.console()).isNull();
        assertThat(TerminalWidth.ofStdout()).isEqualTo(80);
    }
}
