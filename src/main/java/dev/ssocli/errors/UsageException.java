package dev.ssocli.errors;

/**
 * The command line cannot be parsed (argparse's {@code error}): exit 252, reported as a {@code ParamValidation} error
 * whose message is the detail, a blank line and the parser's usage text (docs/cli-surface.md#usage-errors).
 */
public final class UsageException extends CliException {
    private static final long serialVersionUID = 1L;
    private final String usage;

    public UsageException(String detail) {
        this(detail, null);
    }

    /** @param usage the parser's usage text, null for the one every parser but the first-pass one prints */
    public UsageException(String detail, String usage) {
        super(detail);
        this.usage = usage;
    }

    /** The usage text the parser prints after the detail, or null for the common one. */
    public String usage() {
        return usage;
    }
}
