package dev.ssocli.errors;

/**
 * The command line cannot be parsed: exit 252 with the argparse usage block and {@code aws: error: DETAIL}
 * (cli-surface.md §0.1).
 */
public final class UsageException extends CliException {
    private static final long serialVersionUID = 1L;

    public UsageException(String detail) {
        super(detail);
    }
}
