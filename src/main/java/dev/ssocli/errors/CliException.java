package dev.ssocli.errors;

/**
 * A failure the user sees as one AWS-style message. Subtypes say what kind of failure it is; the CLI layer alone
 * maps kinds to exit codes (docs/cli-surface.md#exit-codes).
 */
public abstract class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CliException(String message) {
        super(message, null, false, false);
    }

    protected CliException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
