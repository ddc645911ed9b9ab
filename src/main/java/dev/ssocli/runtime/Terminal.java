package dev.ssocli.runtime;

/**
 * What the commands ask of the terminal beyond reading and writing its streams: its width, and the character mode
 * the selection menu reads keys in. {@link SttyTerminal} does it with {@code stty}; tests pass a fixed one.
 */
public interface Terminal {
    /** A terminal that is not there: 80 columns, and character mode changes nothing. */
    Terminal NONE = fixed(80);

    /** The width in columns of the terminal on standard output, or 80 when it cannot be read. */
    int stdoutColumns();

    /** The width in columns of the terminal on standard input (the one the menu draws on), or 80. */
    int stdinColumns();

    /**
     * Puts the terminal on standard input into character-at-a-time mode without echo or signal keys (Ctrl-C arrives
     * as a byte, so the terminal can be restored first); closing the result restores it. Nothing changes when
     * standard input is not a terminal.
     */
    CharacterMode enterCharacterMode();

    /** The character mode while it lasts. */
    interface CharacterMode extends AutoCloseable {
        @Override
        void close();
    }

    /** A terminal of {@code columns} columns whose character mode changes nothing. */
    static Terminal fixed(int columns) {
        return new Terminal() {
            @Override
            public int stdoutColumns() {
                return columns;
            }

            @Override
            public int stdinColumns() {
                return columns;
            }

            @Override
            public CharacterMode enterCharacterMode() {
                return () -> { };
            }
        };
    }
}
