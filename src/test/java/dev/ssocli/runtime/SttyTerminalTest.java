package dev.ssocli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without a terminal on stdout or stdin (as under the build), the widths are the CLI's default 80. */
class SttyTerminalTest {
    @Test
    void notATerminalIsEightyColumnsAndCharacterModeChangesNothing() {
        SttyTerminal terminal = new SttyTerminal();
        assertThat(terminal.stdoutColumns()).isEqualTo(80);
        assertThat(terminal.stdinColumns()).isEqualTo(80);
        try (Terminal.CharacterMode mode = terminal.enterCharacterMode()) {
            assertThat(mode).isNotNull();
        }
    }
}
