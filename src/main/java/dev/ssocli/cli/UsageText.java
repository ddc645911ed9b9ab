package dev.ssocli.cli;

import java.util.List;

/** The argparse-style texts of the AWS CLI's usage errors (docs/cli-surface.md#usage-errors). */
final class UsageText {
    static final String USAGE = "\n"
            + "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n"
            + "\n"
            + "  aws help\n"
            + "  aws <command> help\n"
            + "  aws <command> <subcommand> help\n"
            + "\n";

    private UsageText() {
    }

    /** The whole stderr text of a usage error. */
    static String error(String detail) {
        return USAGE + "aws: error: " + detail + "\n\n";
    }

    /** {@code argument NAME: Invalid choice, valid choices are:} followed by the two-column list. */
    static String invalidChoice(String argument, List<String> choices) {
        return "argument " + argument + ": Invalid choice, valid choices are:\n\n" + columns(choices);
    }

    /**
     * awscli's choice list ({@code awscli/argparser.py}): two choices per row in the given order, each padded to 40
     * characters, joined with {@code " | "}.
     */
    static String columns(List<String> choices) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < choices.size(); i += 2) {
            out.append(String.format("%-40s", choices.get(i)));
            if (i + 1 < choices.size()) {
                out.append(" | ").append(String.format("%-40s", choices.get(i + 1)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
