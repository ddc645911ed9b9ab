package dev.ssocli.errors;

/**
 * The command line cannot be parsed: exit 252 with the argparse usage block and {@code aws: error: DETAIL}
 * (docs/cli-surface.md#usage-errors).
 */
public final class UsageException extends CliException {
    private static final long serialVersionUID = 1L;

    public UsageException(String detail) {
        super(detail);
    }
}
