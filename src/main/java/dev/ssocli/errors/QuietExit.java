package dev.ssocli.errors;

/**
 * Ends the command with a given exit code and an exact stderr text (possibly empty), e.g. {@code configure get}
 * finding nothing (exit 1, no output).
 */
public final class QuietExit extends CliException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public QuietExit(int exitCode, String stderrText) {
        super(stderrText);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
